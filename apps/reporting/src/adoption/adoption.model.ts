import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CountModel } from '../aggregates/reported.model';

export const adoptionLevels = ['NOT_STARTED', 'PARTIAL', 'FULL'] as const;
export type AdoptionLevel = (typeof adoptionLevels)[number];
export const AdoptionLevelEnum = Object.fromEntries(adoptionLevels.map((l) => [l, l])) as {
  [L in AdoptionLevel]: L;
};
registerEnumType(AdoptionLevelEnum, {
  name: 'AdoptionLevel',
  description: 'How far an office uses the Jobbnätet method, as a process leader assessed it.',
});

@ObjectType('AdoptionEvidence', {
  description: 'What the recorded data show of one part of the method at an office.',
})
export class AdoptionEvidenceModel {
  @Field({ description: 'Any such record in the period.' })
  seen!: boolean;

  @Field(() => CountModel, { description: 'Persons concerned; small groups suppressed.' })
  persons!: CountModel;

  @Field(() => String, { nullable: true, description: 'The latest day seen (YYYY-MM-DD).' })
  lastSeenOn!: string | null;
}

@ObjectType('AdoptionSupportCount')
export class SupportCountModel {
  @Field({ description: 'TRAINING_SESSION, MATERIALS or ON_SITE_COACHING.' })
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('OfficeAdoption')
export class OfficeAdoptionModel {
  @Field()
  officeId!: string;

  @Field()
  joinedOn!: string;

  @Field(() => AdoptionLevelEnum, { nullable: true, description: 'The latest assessment.' })
  level!: AdoptionLevel | null;

  @Field(() => String, { nullable: true })
  assessedOn!: string | null;

  @Field(() => [SupportCountModel], { description: 'Support given in the period, per kind.' })
  support!: SupportCountModel[];

  @Field(() => AdoptionEvidenceModel, { description: 'Enrolments in Jobbforum by the office.' })
  jobbforum!: AdoptionEvidenceModel;

  @Field(() => AdoptionEvidenceModel, {
    description:
      'Enrolments in introduktionspraktik or kompetensanalys by the office, or preparatory jobs it recorded.',
  })
  preparatoryEmployment!: AdoptionEvidenceModel;

  @Field(() => AdoptionEvidenceModel, {
    description: 'Follow-ups on the office’s tracks with both participants and employers.',
  })
  inDepthFollowUp!: AdoptionEvidenceModel;
}

@ObjectType('RegionAdoption', {
  description:
    'The region’s rollout offices (all of them, whatever the caller’s scope: office counts are not personal).',
})
export class RegionAdoptionModel {
  @Field(() => Int)
  offices!: number;

  @Field(() => Int, { description: 'Offices whose latest level is PARTIAL or FULL.' })
  adopting!: number;

  @Field(() => Float, { nullable: true, description: 'adopting / offices; null with no office.' })
  share!: number | null;

  @Field(() => Float)
  target!: number;

  @Field()
  met!: boolean;
}

@ObjectType('Adoption', {
  description: 'The Jobbnätet method’s adoption per office and for the region.',
})
export class AdoptionModel {
  @Field(() => [OfficeAdoptionModel], { description: 'The rollout offices in your scope.' })
  offices!: OfficeAdoptionModel[];

  @Field(() => RegionAdoptionModel)
  region!: RegionAdoptionModel;
}

@InputType('AdoptionFilter', {
  description:
    'Every field optional. The rollout as it stood on `to`: offices joined (from `joinedFrom`, to tell one rollout from another) and assessments made by then; evidence and support within from–to.',
})
export class AdoptionFilterInput {
  @Field({ nullable: true })
  officeId?: string;

  @Field({ nullable: true, description: 'Only offices that joined the rollout on or after it.' })
  joinedFrom?: string;

  @Field({ nullable: true })
  from?: string;

  @Field({ nullable: true })
  to?: string;
}
