import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { InterventionCategoryEnum, OfferingStatusEnum, ProviderKindEnum } from './offering.model';
import type {
  AvailabilityFilterInput,
  InterventionTypeInput,
  OfferingInput,
  OfferingStatus,
  ProviderInput,
} from './offering-rules';

@InputType()
export class AddInterventionTypeInput implements InterventionTypeInput {
  @Field({ description: '2–40 of A–Z, 0–9 and _, starting with a letter; unique.' })
  code!: string;

  @Field({ description: 'The Swedish name, 1–100 characters.' })
  name!: string;

  @Field(() => InterventionCategoryEnum)
  category!: string;

  @Field(() => Int, { description: '1–730.' })
  defaultDurationDays!: number;
}

@InputType()
export class RegisterProviderInput implements ProviderInput {
  @Field(() => ProviderKindEnum)
  kind!: string;

  @Field({ description: '1–200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Required for a SUPPLIER (a legal person).' })
  organisationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a MUNICIPALITY.' })
  municipalityCode?: string | null;
}

@InputType()
export class CreateOfferingInput implements OfferingInput {
  @Field()
  typeCode!: string;

  @Field(() => ID)
  providerId!: string;

  @Field({ description: '1–200 characters.' })
  placeName!: string;

  @Field({ description: 'The municipality where it runs.' })
  municipalityCode!: string;

  @Field(() => [String], { description: 'Responsible AF offices; an officer includes their own.' })
  officeIds!: string[];

  @Field({ description: 'YYYY-MM-DD' })
  fromDate!: string;

  @Field({ description: 'YYYY-MM-DD, not before fromDate.' })
  toDate!: string;

  @Field(() => Int, { description: '1–500.' })
  capacity!: number;

  @Field(() => Float, { description: 'SEK, at most two decimals.' })
  costPerParticipant!: number;

  @Field(() => [String], { description: 'SSYK codes, 4 digits.' })
  occupationCodes!: string[];

  @Field(() => [String])
  competences!: string[];

  @Field({ description: 'ISO 639-1, e.g. sv.' })
  languageCode!: string;
}

@InputType()
export class ChangeOfferingStatusInput {
  @Field(() => ID)
  offeringId!: string;

  @Field(() => OfferingStatusEnum)
  status!: OfferingStatus;
}

@InputType()
export class AvailabilityFilter implements AvailabilityFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'SSYK code that ranks matching offerings first.',
  })
  occupationCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Competences that rank offerings building them higher.',
  })
  competences?: string[] | null;

  @Field({ description: 'Window start, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Window end, YYYY-MM-DD.' })
  to!: string;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;
}
