import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  type AbsenceReason,
  absenceReasons,
  type AttendanceStatus,
  attendanceStatuses,
} from './attendance-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const AttendanceStatusEnum = enumOf(attendanceStatuses);
export const AbsenceReasonEnum = enumOf(absenceReasons);
registerEnumType(AttendanceStatusEnum, {
  name: 'AttendanceStatus',
  description:
    'PRESENT närvarande; ABSENT_VALID_REASON giltig frånvaro; ABSENT_NO_VALID_REASON ogiltig frånvaro.',
});
registerEnumType(AbsenceReasonEnum, {
  name: 'AbsenceReason',
  description:
    'ILLNESS sjukdom; CARE_OF_SICK_CHILD vård av sjukt barn; JOB_INTERVIEW anställningsintervju; ' +
    'WORK arbete; OTHER annat.',
});

@ObjectType('AttendanceEntry', { description: 'One participant’s attendance at one session.' })
export class AttendanceEntryModel {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  enrolmentId!: string;

  participantId!: string;

  @Field(() => AttendanceStatusEnum)
  status!: AttendanceStatus;

  @Field(() => AbsenceReasonEnum, { nullable: true })
  absenceReason!: AbsenceReason | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was last recorded.' })
  recordedAt!: Date;

  @Field(() => ID, { description: 'The user who last recorded it.' })
  recordedBy!: string;

  @Field(() => Int, { description: '1, and one more for each correction.' })
  version!: number;
}

@ObjectType('AttendanceSummary', {
  description:
    'Attendance over sessions held so far (started, not cancelled; for an ended enrolment, up to ' +
    'the day it ended).',
})
export class AttendanceSummaryModel {
  @Field(() => Int, { description: 'Sessions held so far, per enrolment counted.' })
  sessionsHeld!: number;

  @Field(() => Int)
  present!: number;

  @Field(() => Int)
  absentWithValidReason!: number;

  @Field(() => Int)
  absentWithoutValidReason!: number;

  @Field(() => Int, { description: 'Held sessions with no attendance recorded.' })
  notRecorded!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'present / recorded, from 0 to 1; null while nothing is recorded.',
  })
  attendanceRate!: number | null;
}
