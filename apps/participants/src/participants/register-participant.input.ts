import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  DrivingLicenceEnum,
  EducationLevelEnum,
  LabourMarketProgrammeEnum,
} from './participant.model';
import type { AddressInput, PersonDetailsInput } from './person-rules';
import type { RegistrationInput } from './registration-rules';

@InputType()
export class AddressInputType implements AddressInput {
  @Field() street!: string;
  @Field({ description: 'Postnummer, five digits (a space is allowed).' }) postalCode!: string;
  @Field() city!: string;
}

/** Contact details and circumstances: on registration, and in a change (null clears). */
@InputType({ isAbstract: true })
abstract class PersonDetailsFields implements PersonDetailsInput {
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => AddressInputType, { nullable: true }) address?: AddressInputType | null;
  @Field(() => [String], { nullable: true, description: 'ISO 639 codes of languages spoken.' })
  languages?: string[] | null;
  @Field(() => EducationLevelEnum, { nullable: true }) educationLevel?: string | null;
  @Field(() => [DrivingLicenceEnum], { nullable: true }) drivingLicences?: string[] | null;
  @Field(() => LabourMarketProgrammeEnum, { nullable: true }) labourMarketProgramme?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the registering officer.' })
  responsibleOfficerId?: string | null;
}

@InputType()
export class RegisterParticipantInput extends PersonDetailsFields implements RegistrationInput {
  @Field({
    description: 'Personnummer or samordningsnummer, 10 or 12 digits, with or without separator.',
  })
  identityNumber!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field({ description: 'Kommunkod (4 digits) of the home municipality.' })
  homeMunicipalityCode!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office: your own.' })
  officeId!: string;
}

@InputType({ description: 'A change to a participant: absent fields stay, null clears.' })
export class UpdateParticipantInput extends PersonDetailsFields {
  @Field(() => ID)
  participantId!: string;

  @Field(() => Int, {
    description: 'The version you read: a participant changed since is refused.',
  })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'A corrected personnummer or samordningsnummer.',
  })
  identityNumber?: string | null;

  @Field(() => String, { nullable: true }) givenName?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true }) homeMunicipalityCode?: string | null;
}
