import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { TrackPhaseEnum } from '../core/job-track.model';
import type { TrackPhase } from '../core/phase-rules';
import {
  type CancellationInput,
  type CancellationReason,
  cancellationReasons,
} from './cancellation-rules';

export const CancellationReasonEnum = Object.fromEntries(
  cancellationReasons.map((r) => [r, r]),
) as Record<CancellationReason, CancellationReason>;
registerEnumType(CancellationReasonEnum, { name: 'TrackCancellationReason' });

@ObjectType('PhaseChange', { description: 'One step of a track’s phase history.' })
export class PhaseChangeModel {
  @Field(() => TrackPhaseEnum, { nullable: true, description: 'Null for the track’s creation.' })
  from!: TrackPhase | null;

  @Field(() => TrackPhaseEnum)
  to!: TrackPhase;

  @Field(() => GraphQLISODateTime)
  changedAt!: Date;

  @Field(() => ID)
  changedBy!: string;

  trackId!: string;
}

@InputType()
export class CancelTrackInput implements CancellationInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => CancellationReasonEnum)
  reasonCode!: string;

  @Field({ description: 'The explanation, 1–2000 characters; kept with the track.' })
  reasonText!: string;
}
