import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class RegisterParticipantInput {
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

  @Field({ description: 'The responsible Arbetsförmedlingen office.' })
  officeId!: string;
}
