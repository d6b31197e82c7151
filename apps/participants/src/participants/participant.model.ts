import { participantStatuses } from '@jobbnatet/contracts';
import {
  Directive,
  Field,
  type FieldMiddleware,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { personalField } from '../access-log/personal-field.middleware';
import {
  drivingLicenceCategories,
  educationLevels,
  labourMarketProgrammes,
} from './participant-codes';

/** A closed vocabulary as a GraphQL enum whose values are the codes themselves. */
export function codeEnum<T extends string>(codes: readonly T[], name: string, description: string) {
  const values = Object.fromEntries(codes.map((code) => [code, code])) as { [K in T]: K };
  registerEnumType(values, { name, description });
  return values;
}

export const ParticipantStatusEnum = codeEnum(
  participantStatuses,
  'ParticipantStatus',
  'Where a participant is in their case.',
);
export const EducationLevelEnum = codeEnum(
  educationLevels,
  'EducationLevel',
  'Highest completed education (SUN 2020 levels).',
);
export const LabourMarketProgrammeEnum = codeEnum(
  labourMarketProgrammes,
  'LabourMarketProgramme',
  'The labour-market programme the participant is in.',
);
export const DrivingLicenceEnum = codeEnum(
  drivingLicenceCategories,
  'DrivingLicence',
  'A Swedish driving licence category.',
);

@ObjectType('Address')
export class AddressModel {
  @Field() street!: string;
  @Field({ description: 'Postnummer, five digits.' }) postalCode!: string;
  @Field() city!: string;
}

const personal: { nullable: true; middleware: FieldMiddleware[] } = {
  nullable: true,
  middleware: [personalField],
};

/**
 * A job seeker (deltagare). `id` and `pseudonym` are always shown to those who reach the
 * participant; every other field is personal: null unless the caller may see it, and every value
 * shown is written to the access log.
 */
@ObjectType('Participant', { description: 'A job seeker (deltagare) in the care of an AF office.' })
@Directive('@key(fields: "id")')
export class ParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'A label that names nobody, shown where personal data may not be.' })
  pseudonym!: string;

  @Field(() => ParticipantStatusEnum, personal)
  status!: string | null;

  @Field(() => String, {
    ...personal,
    description: 'Personnummer or samordningsnummer (YYYYMMDD-NNNN); officers and admins only.',
  })
  identityNumber!: string | null;

  @Field(() => String, personal)
  givenName!: string | null;

  @Field(() => String, personal)
  familyName!: string | null;

  @Field(() => String, personal)
  phone!: string | null;

  @Field(() => String, personal)
  email!: string | null;

  @Field(() => AddressModel, personal)
  address!: AddressModel | null;

  @Field(() => [String], { ...personal, description: 'Languages spoken (ISO 639 codes).' })
  languages!: string[] | null;

  @Field(() => EducationLevelEnum, personal)
  educationLevel!: string | null;

  @Field(() => [DrivingLicenceEnum], personal)
  drivingLicences!: string[] | null;

  @Field(() => LabourMarketProgrammeEnum, personal)
  labourMarketProgramme!: string | null;

  @Field(() => ID, { ...personal, description: 'The officer responsible for the case.' })
  responsibleOfficerId!: string | null;

  @Field(() => String, { ...personal, description: 'Kommunkod of the home municipality.' })
  homeMunicipalityCode!: string | null;

  @Field(() => String, { ...personal, description: 'The responsible Arbetsförmedlingen office.' })
  officeId!: string | null;

  @Field(() => GraphQLISODateTime, personal)
  registeredAt!: Date | null;

  @Field(() => Int, {
    ...personal,
    description: 'Send it back with a change: a stale one is refused.',
  })
  version!: number | null;
}

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType('ParticipantEdge')
export class ParticipantEdge {
  @Field()
  cursor!: string;

  @Field(() => ParticipantModel)
  node!: ParticipantModel;
}

@ObjectType('ParticipantConnection')
export class ParticipantConnection {
  @Field(() => [ParticipantEdge])
  edges!: ParticipantEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for: counting a large office is the expensive part of a page. */
  @Field(() => Int, { description: 'All participants matching the filter in your scope.' })
  totalCount!: number;
}
