import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { offeringPolicy } from '../activities/offering-access';
import { OfferingModel } from '../activities/offering.model';
import { enrolmentPolicy } from '../enrolments/enrolment-access';
import { EnrolmentModel, ParticipantReference } from '../enrolments/enrolment.model';
import { SessionModel } from '../sessions/session.model';
import type { AttendanceSummary } from './attendance-rules';
import { RecordAttendanceInput } from './attendance.inputs';
import { attendanceSummaryLoader, sessionAttendanceLoader } from './attendance.loader';
import { AttendanceEntryModel, AttendanceSummaryModel } from './attendance.model';
import { AttendanceService } from './attendance.service';

/** Thin: recording attendance, and the entry's participant. */
@Resolver(() => AttendanceEntryModel)
export class AttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  // Under the offering policy: the caller must read the session's offering; whether they run it
  // (mayRunOffering) is checked inside.
  @Scoped(offeringPolicy)
  @Mutation(() => [AttendanceEntryModel], {
    description:
      'Records the attendance of 1–100 planned or ongoing enrolments at a scheduled session that ' +
      'has started, all or none, for those who run its offering (its provider’s staff, its ' +
      'offices’ officers, its kommun’s case workers, admins). Recording an entry again corrects it.',
  })
  recordAttendance(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordAttendanceInput,
  ): Promise<AttendanceEntryModel[]> {
    return this.service.record(access, input);
  }

  @ResolveField(() => ParticipantReference, {
    description: 'The participant; what you see of them is the participants service’s call.',
  })
  participant(@Parent() entry: AttendanceEntryModel): ParticipantReference {
    return { id: entry.participantId };
  }
}

/** `Session.attendance`: the entries of the enrolments the caller reads. */
@Resolver(() => SessionModel)
export class SessionAttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Scoped(enrolmentPolicy)
  @ResolveField(() => [AttendanceEntryModel], {
    description: 'The attendance recorded for the enrolments you may read.',
  })
  attendance(
    @Parent() session: SessionModel,
    @CurrentAccess() access: Access,
  ): Promise<AttendanceEntryModel[]> {
    return sessionAttendanceLoader(access, this.service).load(session.id);
  }
}

/** `Enrolment.attendance`. */
@Resolver(() => EnrolmentModel)
export class EnrolmentAttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Scoped(enrolmentPolicy)
  @ResolveField(() => AttendanceSummaryModel, {
    description: 'Its attendance at the sessions of its offering held so far.',
  })
  attendance(
    @Parent() enrolment: EnrolmentModel,
    @CurrentAccess() access: Access,
  ): Promise<AttendanceSummary> {
    return attendanceSummaryLoader(access, this.service, 'enrolment').load(enrolment.id);
  }
}

/** `Offering.attendanceSummary`. */
@Resolver(() => OfferingModel)
export class OfferingAttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Scoped(enrolmentPolicy)
  @ResolveField(() => AttendanceSummaryModel, {
    description:
      'Over its planned, ongoing and completed enrolments you may read (interrupted ones left out).',
  })
  attendanceSummary(
    @Parent() offering: OfferingModel,
    @CurrentAccess() access: Access,
  ): Promise<AttendanceSummary> {
    return attendanceSummaryLoader(access, this.service, 'offering').load(offering.id);
  }
}

/** This subgraph's `Participant.attendanceSummary`, batched over every participant asked. */
@Resolver(() => ParticipantReference)
export class ParticipantAttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Scoped(enrolmentPolicy)
  @ResolveField(() => AttendanceSummaryModel, {
    description: 'Over the participant’s enrolments you may read.',
  })
  attendanceSummary(
    @Parent() participant: ParticipantReference,
    @CurrentAccess() access: Access,
  ): Promise<AttendanceSummary> {
    return attendanceSummaryLoader(access, this.service, 'participant').load(participant.id);
  }
}
