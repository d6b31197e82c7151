import {
  Directive,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  adaptationKinds,
  type AdaptationKind,
  type ParticipantStepStatus,
} from './adaptation-rules';
import { type ResponsibleParty, responsibleParties } from './chain-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const ResponsiblePartyEnum = enumOf(responsibleParties);
registerEnumType(ResponsiblePartyEnum, {
  name: 'ChainResponsibleParty',
  description: 'Who carries out a step: AF, the municipality, a provider or the employer.',
});
export const AdaptationKindEnum = enumOf(adaptationKinds);
registerEnumType(AdaptationKindEnum, { name: 'ChainAdaptationKind' });
export const ParticipantStepStatusEnum = enumOf<ParticipantStepStatus>([
  'AS_PLANNED',
  'SHORTENED',
  'REMOVED',
  'ADDED',
]);
registerEnumType(ParticipantStepStatusEnum, { name: 'ParticipantStepStatus' });

/** An offering, resolved by the activities subgraph; this one only knows the id. */
@ObjectType('Offering')
@Directive('@key(fields: "id", resolvable: false)')
export class OfferingReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('ChainStep', { description: 'One step of a track’s planned chain of interventions.' })
export class ChainStepModel {
  @Field(() => ID)
  id!: string;

  trackId!: string;

  @Field(() => Int, { description: '1 for the first step.' })
  position!: number;

  @Field({ description: 'The intervention type (for an offering: its type).' })
  interventionTypeCode!: string;

  @Field(() => ID, { nullable: true, description: 'The concrete offering, if one is named.' })
  offeringId!: string | null;

  @Field(() => ResponsiblePartyEnum)
  responsible!: ResponsibleParty;

  @Field({ description: 'Runs beside the previous step rather than after it.' })
  parallelWithPrevious!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: as planned, or from the weeks and the implementation start.',
  })
  plannedStart!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  plannedEnd!: string | null;

  @Field(() => Int, { nullable: true, description: 'Week 0 is the implementation’s first week.' })
  startWeek!: number | null;

  @Field(() => Int, { nullable: true })
  endWeek!: number | null;

  @Field(() => ID, { nullable: true, description: 'The employer’s letter of intent (employers).' })
  letterOfIntentId!: string | null;
}

@InputType()
export class ChainStepDesignInput {
  @Field(() => String, {
    nullable: true,
    description: 'An intervention type code, or else offeringId.',
  })
  interventionTypeCode?: string | null;

  @Field(() => ID, { nullable: true })
  offeringId?: string | null;

  @Field(() => ResponsiblePartyEnum)
  responsible!: string;

  @Field({ defaultValue: false })
  parallelWithPrevious!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, with plannedEnd; or else the weeks.',
  })
  plannedStart?: string | null;

  @Field(() => String, { nullable: true })
  plannedEnd?: string | null;

  @Field(() => Int, { nullable: true, description: '-52 … 156, with endWeek.' })
  startWeek?: number | null;

  @Field(() => Int, { nullable: true })
  endWeek?: number | null;

  @Field(() => ID, { nullable: true })
  letterOfIntentId?: string | null;
}

@InputType()
export class AddChainStepInput extends ChainStepDesignInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => Int, { nullable: true, description: 'Where to insert it; the end if left out.' })
  position?: number | null;
}

@InputType()
export class ChangeChainStepInput extends ChainStepDesignInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  stepId!: string;
}

@InputType()
export class MoveChainStepInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  stepId!: string;

  @Field(() => Int)
  position!: number;
}

@ObjectType('MethodTemplateStep')
export class TemplateStepModel {
  templateCode!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  interventionTypeCode!: string;

  @Field(() => ResponsiblePartyEnum)
  responsible!: ResponsibleParty;

  @Field()
  parallelWithPrevious!: boolean;

  @Field(() => Int)
  startWeek!: number;

  @Field(() => Int)
  endWeek!: number;
}

@ObjectType('MethodTemplate', {
  description: 'A reusable design: a chain in weeks of implementation and a follow-up plan.',
})
export class MethodTemplateModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({
    description: 'Built into the service (the Jobbnätet method) rather than saved.',
  })
  builtIn!: boolean;

  @Field(() => Int, { nullable: true, description: 'Follow-up every so many days.' })
  followUpEveryDays!: number | null;

  @Field(() => [Int], { description: 'Follow-ups this many months after the employment starts.' })
  afterEmploymentMonths!: number[];

  @Field(() => [TemplateStepModel])
  steps!: TemplateStepModel[];
}

@InputType()
export class SaveTrackAsTemplateInput {
  @Field(() => ID)
  trackId!: string;

  @Field({ description: 'A new code: A–Z, 0–9 and _, 2–40 characters.' })
  code!: string;

  @Field({ description: '1–200 characters.' })
  name!: string;
}

@ObjectType('ChainAdaptation', { description: 'A participant’s deviation from the planned chain.' })
export class ChainAdaptationModel {
  @Field(() => ID)
  id!: string;

  participantId!: string;
  trackId!: string;

  @Field(() => AdaptationKindEnum)
  kind!: AdaptationKind;

  @Field(() => ID, { nullable: true })
  stepId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shown to the track’s team (who may change it); null for other readers.',
  })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  madeAt!: Date;

  @Field(() => ID)
  madeBy!: string;
}

@ObjectType('ParticipantChainStep')
export class ParticipantStepModel {
  @Field(() => ID, { nullable: true, description: 'The planned step; null for an added one.' })
  stepId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The adaptation that changed or added it.' })
  adaptationId!: string | null;

  @Field()
  interventionTypeCode!: string;

  @Field(() => ID, { nullable: true })
  offeringId!: string | null;

  @Field(() => ResponsiblePartyEnum)
  responsible!: ResponsibleParty;

  @Field(() => String, { nullable: true })
  plannedStart!: string | null;

  @Field(() => String, { nullable: true })
  plannedEnd!: string | null;

  @Field(() => ParticipantStepStatusEnum)
  status!: ParticipantStepStatus;
}

@ObjectType('ParticipantChain', {
  description: 'One participant’s current chain: the planned chain with their adaptations applied.',
})
export class ParticipantChainModel {
  @Field(() => ID)
  participantId!: string;

  @Field(() => [ParticipantStepModel])
  steps!: ParticipantStepModel[];

  @Field(() => [ChainAdaptationModel], { description: 'Oldest first.' })
  adaptations!: ChainAdaptationModel[];
}

@InputType()
export class AdaptedStepInput {
  @Field(() => String, { nullable: true })
  interventionTypeCode?: string | null;

  @Field(() => ID, { nullable: true })
  offeringId?: string | null;

  @Field(() => ResponsiblePartyEnum)
  responsible!: string;

  @Field({ description: 'YYYY-MM-DD' })
  plannedStart!: string;

  @Field({ description: 'YYYY-MM-DD' })
  plannedEnd!: string;
}

@InputType()
export class AdaptParticipantChainInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID, { description: 'An admitted participant of the track.' })
  participantId!: string;

  @Field(() => AdaptationKindEnum)
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The planned step removed or shortened.' })
  stepId?: string | null;

  @Field(() => AdaptedStepInput, { nullable: true, description: 'The step added (ADD).' })
  step?: AdaptedStepInput | null;

  @Field(() => String, { nullable: true, description: 'The new, earlier end (SHORTEN).' })
  plannedEnd?: string | null;

  @Field({ description: 'Why, 1–1000 characters; kept encrypted, shown to the team only.' })
  reason!: string;
}
