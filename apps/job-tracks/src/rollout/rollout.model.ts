import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  type AdoptionLevel,
  adoptionLevels,
  type SupportKind,
  supportKinds,
} from './rollout-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const SupportKindEnum = enumOf(supportKinds);
export const AdoptionLevelEnum = enumOf(adoptionLevels);
registerEnumType(SupportKindEnum, {
  name: 'RolloutSupportKind',
  description: 'Utbildningstillfälle, material, handledning på plats.',
});
registerEnumType(AdoptionLevelEnum, {
  name: 'AdoptionLevel',
  description: 'How far an office uses the Jobbnätet method in its ordinary work.',
});

@ObjectType('RolloutSupport', { description: 'Support a process leader gave an office.' })
export class RolloutSupportModel {
  @Field(() => ID)
  id!: string;

  @Field()
  officeId!: string;

  @Field(() => SupportKindEnum)
  kind!: SupportKind;

  @Field({ description: 'YYYY-MM-DD' })
  givenOn!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => ID)
  recordedBy!: string;
}

@ObjectType('AdoptionAssessment', { description: 'A dated assessment of an office’s adoption.' })
export class AdoptionAssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  officeId!: string;

  @Field(() => AdoptionLevelEnum)
  level!: AdoptionLevel;

  @Field({ description: 'YYYY-MM-DD' })
  assessedOn!: string;

  @Field({ description: 'What the assessment rests on.' })
  evidence!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => ID)
  recordedBy!: string;
}

@ObjectType('RolloutOffice', { description: 'An AF office taking part in adopting the method.' })
export class RolloutOfficeModel {
  @Field()
  officeId!: string;

  @Field()
  officeName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  joinedOn!: string;

  @Field(() => [ID], { description: 'The process leaders assigned to it.' })
  processLeaderIds!: string[];

  @Field(() => [RolloutSupportModel], { description: 'Oldest first.' })
  support!: RolloutSupportModel[];

  @Field(() => [AdoptionAssessmentModel], { description: 'Oldest first.' })
  assessments!: AdoptionAssessmentModel[];

  @Field(() => AdoptionAssessmentModel, {
    nullable: true,
    description: 'The latest assessment on or before the rollout’s `asOf` day.',
  })
  latestAssessment!: AdoptionAssessmentModel | null;
}

@ObjectType('MethodRollout', {
  description:
    'A region’s rollout of the Jobbnätet method: the share of participating offices that use it ' +
    'partially or fully, against the target.',
})
export class MethodRolloutModel {
  @Field({ description: 'The county (län), e.g. 01.' })
  countyCode!: string;

  @Field({ description: 'YYYY-MM-DD: the day the share is taken on.' })
  asOf!: string;

  @Field(() => Int, { description: 'Percent of offices partially or fully using the method.' })
  targetPercent!: number;

  @Field({ description: 'YYYY-MM-DD: when the target should be met.' })
  targetDate!: string;

  @Field(() => Int)
  participatingOffices!: number;

  @Field(() => Int)
  partialOrFullOffices!: number;

  @Field(() => Int)
  fullOffices!: number;

  @Field(() => Float, { description: '0–100, one decimal.' })
  sharePercent!: number;

  @Field()
  targetMet!: boolean;

  @Field(() => [RolloutOfficeModel], { description: 'The offices within your scope.' })
  offices!: RolloutOfficeModel[];
}

@InputType()
export class JoinRolloutInput {
  @Field({ description: 'An AF office id, e.g. af-sodertalje.' })
  officeId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  joinedOn!: string;

  @Field(() => [ID], { description: '1–10 process leaders assigned to the office.' })
  processLeaderIds!: string[];
}

@InputType()
export class RecordRolloutSupportInput {
  @Field()
  officeId!: string;

  @Field(() => SupportKindEnum)
  kind!: string;

  @Field({ description: 'YYYY-MM-DD' })
  givenOn!: string;
}

@InputType()
export class AssessOfficeAdoptionInput {
  @Field()
  officeId!: string;

  @Field(() => AdoptionLevelEnum)
  level!: string;

  @Field({ description: 'YYYY-MM-DD' })
  assessedOn!: string;

  @Field({ description: 'What the assessment rests on, 1–4000 characters.' })
  evidence!: string;
}
