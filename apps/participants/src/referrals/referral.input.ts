import { Field, InputType } from '@nestjs/graphql';
import { ReferralStatusEnum } from './referral.model';
import type { ReferralInput } from './referral-rules';

@InputType({ description: 'A person a municipal case worker refers to an office.' })
export class ReferPersonInput implements ReferralInput {
  @Field({
    description: 'Personnummer or samordningsnummer, 10 or 12 digits, with or without separator.',
  })
  identityNumber!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Kommunkod of the home municipality; defaults to yours.',
  })
  homeMunicipalityCode?: string | null;

  @Field({ description: 'An Arbetsförmedlingen office that serves your municipality.' })
  officeId!: string;

  @Field({ description: 'Why you refer the person (up to 2000 characters).' })
  reason!: string;

  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType()
export class ReferralFilterInput {
  @Field(() => [ReferralStatusEnum], { nullable: true })
  status?: string[] | null;
}
