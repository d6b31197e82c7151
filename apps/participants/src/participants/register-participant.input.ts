import { Field, InputType } from '@nestjs/graphql';
import type { RegistrationInput } from './registration-rules';

@InputType()
export class RegisterParticipantInput implements RegistrationInput {
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
