import type { EventHandler } from '@jobbnatet/service-kit';
import { Module, type Type } from '@nestjs/common';
import { AccessLogEntity } from '../access-log/access-log.entity';
import { AccessLogResolver } from '../access-log/access-log.resolver';
import { AssessmentEntity, AssessmentFactorEntity } from '../assessments/assessment.entity';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AssessmentsResolver } from '../assessments/assessments.resolver';
import { ConsentEntity } from '../consent/consent.entity';
import { ConsentModule } from '../consent/consent.module';
import { ConsentResolver } from '../consent/consent.resolver';
import { ErasureModule } from '../erasure/erasure.module';
import { ErasureResolver } from '../erasure/erasure.resolver';
import { HistoryModule } from '../history/history.module';
import { HistoryResolver } from '../history/history.resolver';
import { ReferralEntity } from '../referrals/referral.entity';
import { ReferralsModule } from '../referrals/referrals.module';
import { ReferralsResolver } from '../referrals/referrals.resolver';
import { NoteEntity } from '../notes/note.entity';
import { NotesModule } from '../notes/notes.module';
import { NotesResolver } from '../notes/notes.resolver';
import { OutcomesModule, outcomesResolvers } from '../outcomes/outcomes.module';
import { ParticipantCoreModule } from './participant-core.module';
import { ParticipantEntity } from './participant.entity';
import { ParticipantsResolver } from './participants.resolver';

/** The tables this service maps (the kit adds its own). */
export const participantsEntities = [
  ParticipantEntity,
  AccessLogEntity,
  ConsentEntity,
  ReferralEntity,
  AssessmentEntity,
  AssessmentFactorEntity,
  NoteEntity,
];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const participantsResolvers = [
  ParticipantsResolver,
  ConsentResolver,
  HistoryResolver,
  ErasureResolver,
  AccessLogResolver,
  ReferralsResolver,
  AssessmentsResolver,
  NotesResolver,
  ...outcomesResolvers,
];

/** The event handlers this service consumes (the kit's `consumes`), each provided by a module. */
export const participantsHandlers: Type<EventHandler>[] = [];

/** The participant's whole case, one module per part of it. */
@Module({
  imports: [
    ParticipantCoreModule,
    ConsentModule,
    HistoryModule,
    ErasureModule,
    AssessmentsModule,
    NotesModule,
    ReferralsModule,
    OutcomesModule,
  ],
})
export class ParticipantsModule {}
