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
  type InterventionCategory,
  interventionCategories,
  type OfferingStatus,
  offeringStatuses,
  type ProviderKind,
  providerKinds,
} from './offering-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const OfferingStatusEnum = enumOf(offeringStatuses);
export const InterventionCategoryEnum = enumOf(interventionCategories);
export const ProviderKindEnum = enumOf(providerKinds);
registerEnumType(OfferingStatusEnum, { name: 'OfferingStatus' });
registerEnumType(InterventionCategoryEnum, { name: 'InterventionCategory' });
registerEnumType(ProviderKindEnum, { name: 'ProviderKind' });

@ObjectType('InterventionType', {
  description: 'A kind of insats: reference data, seeded and extended by admins.',
})
export class InterventionTypeModel {
  @Field()
  code!: string;

  @Field({ description: 'The Swedish name.' })
  name!: string;

  @Field(() => InterventionCategoryEnum)
  category!: InterventionCategory;

  @Field(() => Int)
  defaultDurationDays!: number;
}

@ObjectType('Provider', {
  description: 'Who runs offerings: Arbetsförmedlingen, a municipality or a supplier.',
})
export class ProviderModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ProviderKindEnum)
  kind!: ProviderKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'A supplier’s organisation number.' })
  organisationNumber!: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;
}

@ObjectType('Offering', {
  description: 'An intervention type run by a provider at a place and time.',
})
@Directive('@key(fields: "id")')
export class OfferingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => InterventionTypeModel)
  type!: InterventionTypeModel;

  @Field(() => ProviderModel)
  provider!: ProviderModel;

  @Field()
  placeName!: string;

  @Field({
    description: 'Where it runs; municipal case workers write their municipality’s offerings.',
  })
  municipalityCode!: string;

  @Field(() => [String], { description: 'The responsible Arbetsförmedlingen offices.' })
  officeIds!: string[];

  @Field({ description: 'YYYY-MM-DD' })
  fromDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  toDate!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Capacity minus planned and ongoing enrolments.' })
  seatsLeft!: number;

  @Field(() => Float, { description: 'SEK, two decimals.' })
  costPerParticipant!: number;

  @Field(() => [String], { description: 'SSYK 2012 unit group codes (4 digits).' })
  occupationCodes!: string[];

  @Field(() => [String])
  competences!: string[];

  @Field({ description: 'ISO 639-1 language of instruction.' })
  languageCode!: string;

  @Field(() => OfferingStatusEnum)
  status!: OfferingStatus;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
