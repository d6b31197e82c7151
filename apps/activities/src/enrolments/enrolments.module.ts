import { ParticipantReachModule } from '@jobbnatet/participant-reach';
import { Module } from '@nestjs/common';
import { ActivityCoreModule } from '../activities/activity-core.module';
import {
  EnrolmentsResolver,
  OfferingEnrolmentsResolver,
  ParticipantEnrolmentsResolver,
} from './enrolments.resolver';
import { EnrolmentsService } from './enrolments.service';

/** The resolvers of the enrolments part (their types join the subgraph's schema). */
export const enrolmentsResolvers = [
  EnrolmentsResolver,
  OfferingEnrolmentsResolver,
  ParticipantEnrolmentsResolver,
];

/** Enrolments: a participant's place on an offering, from enrolment to completion. */
@Module({
  imports: [ActivityCoreModule, ParticipantReachModule],
  providers: [EnrolmentsService, ...enrolmentsResolvers],
})
export class EnrolmentsModule {}
