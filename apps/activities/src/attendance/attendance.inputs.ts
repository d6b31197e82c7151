import { Field, ID, InputType } from '@nestjs/graphql';
import type {
  AttendanceEntryInput as EntryInput,
  RecordAttendanceInput as RecordInput,
} from './attendance-rules';
import { AbsenceReasonEnum, AttendanceStatusEnum } from './attendance.model';

@InputType()
export class AttendanceEntryInput implements EntryInput {
  @Field(() => ID, { description: 'A PLANNED or ONGOING enrolment on the session’s offering.' })
  enrolmentId!: string;

  @Field(() => AttendanceStatusEnum)
  status!: string;

  @Field(() => AbsenceReasonEnum, {
    nullable: true,
    description:
      'Required for ABSENT_VALID_REASON, null for PRESENT, optional for ABSENT_NO_VALID_REASON.',
  })
  absenceReason?: string | null;
}

@InputType()
export class RecordAttendanceInput implements RecordInput {
  @Field(() => ID, { description: 'A scheduled session that has started.' })
  sessionId!: string;

  @Field(() => [AttendanceEntryInput], { description: '1–100 participants, all or none.' })
  entries!: AttendanceEntryInput[];
}
