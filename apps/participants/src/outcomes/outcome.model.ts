import { employmentForms, exitReasons, retentionResults, subsidyKinds } from '@jobbnatet/contracts';
import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { codeEnum, PageInfo } from '../participants/participant.model';
import {
  retentionListStates,
  retentionStates,
  retentionWindowDescription,
} from './retention-rules';

export const EmploymentFormEnum = codeEnum(
  employmentForms,
  'EmploymentForm',
  'How a job is held; MUNICIPAL_LABOUR_MARKET is kept but never counts as work.',
);
export const SubsidyKindEnum = codeEnum(
  subsidyKinds,
  'SubsidyKind',
  'The kind of a subsidised employment (nystartsjobb, anställningsstöd …).',
);
export const RetentionResultEnum = codeEnum(
  retentionResults,
  'RetentionResult',
  'What a retention check found.',
);
export const RetentionStateEnum = codeEnum(
  retentionStates,
  'RetentionCheckState',
  `Where a retention check stands today. ${retentionWindowDescription}`,
);
export const RetentionListStateEnum = codeEnum(
  retentionListStates,
  'RetentionCheckListState',
  `The retention checks the follow-up list shows. ${retentionWindowDescription}`,
);
export const ExitReasonEnum = codeEnum(exitReasons, 'ExitReason', 'Why a participant exited.');

/** The employers service resolves it once it exists; this subgraph only knows the id. */
@ObjectType('Employer')
@Directive('@key(fields: "id", resolvable: false)')
export class EmployerReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('RetentionCheck', {
  description: `A follow-up 3, 6 or 12 months after a job started. ${retentionWindowDescription}`,
})
export class RetentionCheckModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  employmentId!: string;

  participantId!: string;

  @Field(() => Int, { description: '3, 6 or 12.' })
  monthsAfterStart!: number;

  @Field({ description: 'YYYY-MM-DD: the start date plus the months, kept at month ends.' })
  dueOn!: string;

  @Field(() => RetentionStateEnum)
  state!: string;

  @Field(() => RetentionResultEnum, { nullable: true })
  result!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  checkedOn!: string | null;
}

@ObjectType('Employment', { description: 'An employment outcome of a participant.' })
export class EmploymentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  employerId!: string;

  @Field({ description: 'YYYY-MM-DD: the first day of work.' })
  startDate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the last day; none if open-ended.',
  })
  endDate!: string | null;

  @Field(() => Float)
  hoursPerWeek!: number;

  @Field(() => EmploymentFormEnum)
  form!: string;

  @Field(() => SubsidyKindEnum, { nullable: true })
  subsidyKind!: string | null;

  @Field({ description: "Acquired (ackvirerat) through the officer's own employer contact." })
  acquired!: boolean;

  @Field(() => ID, { nullable: true, description: 'The employer contact it was acquired through.' })
  acquiredThroughContactId!: string | null;

  @Field({
    description:
      'In work as results are counted: not a municipal labour-market employment, and lasting at least one continuous month (open-ended counts).',
  })
  countsAsWork!: boolean;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

@ObjectType('ParticipantExit', { description: 'The end of a case (avslut).' })
export class ParticipantExitModel {
  @Field({ description: 'YYYY-MM-DD.' })
  exitedOn!: string;

  @Field(() => ExitReasonEnum)
  reason!: string;
}

@ObjectType('ActivitySupportPeriod', { description: 'Aktivitetsstöd paid over a period.' })
export class ActivitySupportPeriodModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive.' })
  fromDate!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive.' })
  toDate!: string;

  @Field(() => Float, { description: 'SEK per day, two decimals.' })
  dailyAmount!: number;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

@ObjectType('RetentionCheckEdge')
export class RetentionCheckEdge {
  @Field()
  cursor!: string;

  @Field(() => RetentionCheckModel)
  node!: RetentionCheckModel;
}

@ObjectType('RetentionCheckConnection')
export class RetentionCheckConnection {
  @Field(() => [RetentionCheckEdge])
  edges!: RetentionCheckEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
