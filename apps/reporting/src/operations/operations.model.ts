import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TracksInPhase')
export class TracksInPhaseModel {
  @Field({ description: 'PLANNING, RECRUITMENT, IMPLEMENTATION, CLOSING, CLOSED or CANCELLED.' })
  phase!: string;

  @Field(() => Int)
  tracks!: number;
}

@ObjectType('OfficeOperations', {
  description: 'Work items at one office: counts of tracks and checks, never of persons.',
})
export class OfficeOperationsModel {
  @Field()
  officeId!: string;

  @Field(() => Int, {
    description:
      'Tracks in implementation whose template’s follow-up interval has passed since the last follow-up (or since entering implementation).',
  })
  overdueFollowUps!: number;

  @Field(() => Int, {
    description:
      'Retention checks (3, 6, 12 months after a job counted as work started) not recorded by the due date plus the grace.',
  })
  overdueRetentionChecks!: number;

  @Field(() => [TracksInPhaseModel], { description: 'Every phase, zeros included.' })
  tracksByPhase!: TracksInPhaseModel[];
}

@ObjectType('Operations')
export class OperationsModel {
  @Field({ description: 'The day overdue is counted on (YYYY-MM-DD, Swedish time).' })
  asOf!: string;

  @Field(() => Int)
  retentionGraceDays!: number;

  @Field(() => [OfficeOperationsModel])
  offices!: OfficeOperationsModel[];
}

@InputType('OperationsFilter', {
  description:
    'Every field optional; asOf (YYYY-MM-DD) is the day overdue is counted on, today by default.',
})
export class OperationsFilterInput {
  @Field({ nullable: true })
  officeId?: string;

  @Field({ nullable: true })
  municipalityCode?: string;

  @Field({ nullable: true })
  asOf?: string;
}
