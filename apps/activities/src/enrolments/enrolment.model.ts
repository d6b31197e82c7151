import {
  Directive,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  type EnrolmentStatus,
  enrolmentStatuses,
  type InterruptionReason,
  interruptionReasons,
} from './enrolment-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const EnrolmentStatusEnum = enumOf(enrolmentStatuses);
export const InterruptionReasonEnum = enumOf(interruptionReasons);
registerEnumType(EnrolmentStatusEnum, { name: 'EnrolmentStatus' });
registerEnumType(InterruptionReasonEnum, { name: 'InterruptionReason' });

/** The participants service owns Participant; this subgraph adds their enrolments to it. */
@ObjectType('Participant')
@Directive('@key(fields: "id")')
export class ParticipantReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Enrolment', { description: 'A participant’s place on an offering (deltagande).' })
@Directive('@key(fields: "id")')
export class EnrolmentModel {
  @Field(() => ID)
  id!: string;

  offeringId!: string;

  participantId!: string;

  @Field(() => EnrolmentStatusEnum)
  status!: EnrolmentStatus;

  @Field(() => InterruptionReasonEnum, { nullable: true })
  interruptionReason!: InterruptionReason | null;

  @Field({ description: 'YYYY-MM-DD: the offering’s first day when enrolled.' })
  plannedFrom!: string;

  @Field({ description: 'YYYY-MM-DD: the offering’s last day when enrolled.' })
  plannedTo!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: completed or interrupted.' })
  endedOn!: string | null;

  @Field()
  certificateIssued!: boolean;

  @Field(() => Float, { description: 'SEK, the offering’s cost per participant when enrolled.' })
  costPerParticipant!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
