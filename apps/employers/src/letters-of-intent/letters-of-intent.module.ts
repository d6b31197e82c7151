import { Module } from '@nestjs/common';
import { EmployerCoreModule } from '../employers/employer-core.module';
import { LetterOfIntentResolvers } from './letters-of-intent.resolvers';
import { LettersOfIntentService } from './letters-of-intent.service';

/** Letters of intent (avsiktsförklaringar): drafted, versioned, approved by every party. */
@Module({
  imports: [EmployerCoreModule],
  providers: [...LetterOfIntentResolvers, LettersOfIntentService],
})
export class LettersOfIntentModule {}
