import { Field, ID, InputType } from '@nestjs/graphql';
import { CancellationReasonEnum, SessionKindEnum } from './session.model';
import type {
  RescheduleSessionInput as RescheduleInput,
  ScheduleSessionsInput as ScheduleInput,
  SessionPlanInput,
} from './session-rules';

const instant =
  'An instant with its offset, e.g. 2027-01-18T09:00+01:00; the day is read in Swedish time.';

@InputType()
export class SessionPlan implements SessionPlanInput {
  @Field(() => SessionKindEnum)
  kind!: string;

  @Field({ description: instant })
  startsAt!: string;

  @Field({ description: `${instant} Same Swedish day as startsAt, after it.` })
  endsAt!: string;

  @Field(() => String, { nullable: true, description: '1–100 characters.' })
  room?: string | null;

  @Field(() => String, { nullable: true, description: 'Who leads it, 1–200 characters.' })
  leader?: string | null;
}

@InputType()
export class ScheduleSessionsInput implements ScheduleInput {
  @Field(() => ID)
  offeringId!: string;

  @Field(() => [SessionPlan], { description: '1–50 sessions, e.g. a week’s plan.' })
  sessions!: SessionPlan[];
}

@InputType()
export class RescheduleSessionInput implements RescheduleInput {
  @Field(() => ID)
  sessionId!: string;

  @Field({ description: instant })
  startsAt!: string;

  @Field({ description: `${instant} Same Swedish day as startsAt, after it.` })
  endsAt!: string;

  @Field(() => String, { nullable: true, description: 'Omitted keeps the room; null clears it.' })
  room?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Omitted keeps the leader; null clears it.',
  })
  leader?: string | null;
}

@InputType()
export class CancelSessionInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => CancellationReasonEnum)
  reason!: string;
}
