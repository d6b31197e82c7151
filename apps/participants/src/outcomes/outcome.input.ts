import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  EmploymentFormEnum,
  ExitReasonEnum,
  RetentionListStateEnum,
  RetentionResultEnum,
  SubsidyKindEnum,
} from './outcome.model';
import { retentionWindowDescription } from './retention-rules';

const date = (description: string) => ({ description: `${description} (YYYY-MM-DD).` });

@InputType({ description: 'An employment outcome (the responsible office).' })
export class RecordEmploymentInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => ID, { description: 'The employer (resolved by the employers service).' })
  employerId!: string;

  @Field(date('The first day of work'))
  startDate!: string;

  @Field(() => String, { nullable: true, ...date('The last day of work; none if open-ended') })
  endDate?: string | null;

  @Field(() => Float, { description: 'More than 0, at most 60, two decimals.' })
  hoursPerWeek!: number;

  @Field(() => EmploymentFormEnum)
  form!: string;

  @Field(() => SubsidyKindEnum, {
    nullable: true,
    description: 'Required for SUBSIDISED, refused for any other form.',
  })
  subsidyKind?: string | null;

  @Field({ description: "Acquired (ackvirerat) through the officer's own employer contact." })
  acquired!: boolean;

  @Field(() => ID, { nullable: true, description: 'Required when acquired, refused otherwise.' })
  acquiredThroughContactId?: string | null;
}

@InputType({ description: 'What a retention check found (the responsible office, once).' })
export class RecordRetentionCheckInput {
  @Field(() => ID)
  checkId!: string;

  @Field(() => RetentionResultEnum)
  result!: string;

  @Field(date('The day of the check: not before the job started, not in the future'))
  checkedOn!: string;
}

@InputType({ description: 'The end of a case (the responsible office, once).' })
export class RecordExitInput {
  @Field(() => ID)
  participantId!: string;

  @Field(date('The day of the exit: not in the future'))
  exitedOn!: string;

  @Field(() => ExitReasonEnum)
  reason!: string;
}

@InputType({ description: 'Aktivitetsstöd over a period (the responsible office).' })
export class RecordActivitySupportInput {
  @Field(() => ID)
  participantId!: string;

  @Field(date('The first day, inclusive'))
  fromDate!: string;

  @Field(date('The last day, inclusive; not before fromDate'))
  toDate!: string;

  @Field(() => Float, {
    description:
      'SEK per day, 0–10 000 with at most two decimals. Periods of one participant never overlap.',
  })
  dailyAmount!: number;
}

@InputType({ description: `Narrows the follow-up list. ${retentionWindowDescription}` })
export class RetentionCheckFilterInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only participants you are the responsible officer of.',
  })
  mine?: boolean | null;

  @Field(() => RetentionListStateEnum, {
    nullable: true,
    description: 'DUE or OVERDUE only; both when absent.',
  })
  state?: string | null;
}
