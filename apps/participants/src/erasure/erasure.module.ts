import { Module } from '@nestjs/common';
import { referralsEraser } from '../referrals/referral-erasure';
import { AssessmentsEraser } from '../assessments/assessments.eraser';
import { AssessmentsModule } from '../assessments/assessments.module';
import { NotesEraser } from '../notes/notes.eraser';
import { NotesModule } from '../notes/notes.module';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { ErasureResolver } from './erasure.resolver';
import { ErasureService } from './erasure.service';
import { PERSONAL_DATA_ERASERS, type PersonalDataEraser } from './personal-data-eraser';

/** Every module holding personal data outside the participant row adds its eraser here. */
@Module({
  imports: [ParticipantCoreModule, AssessmentsModule, NotesModule],
  providers: [
    ErasureResolver,
    ErasureService,
    {
      provide: PERSONAL_DATA_ERASERS,
      inject: [AssessmentsEraser, NotesEraser],
      useFactory: (...erasers: PersonalDataEraser[]) => [referralsEraser, ...erasers],
    },
  ],
})
export class ErasureModule {}
