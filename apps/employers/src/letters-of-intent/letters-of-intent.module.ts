import { forwardRef, Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { LetterOfIntentResolvers } from './letters-of-intent.resolvers';
import { LettersOfIntentService } from './letters-of-intent.service';

/** Letters of intent (avsiktsförklaringar): drafted, versioned, approved by every party. */
@Module({
  imports: [forwardRef(() => EmployersModule)],
  providers: [...LetterOfIntentResolvers, LettersOfIntentService],
})
export class LettersOfIntentModule {}
