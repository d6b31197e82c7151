import { consentPurposes } from '@jobbnatet/contracts';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { codeEnum } from '../participants/participant.model';
import type { ConsentInput } from './consent-rules';

export const ConsentPurposeEnum = codeEnum(
  consentPurposes,
  'ConsentPurpose',
  'What a consent lets Arbetsförmedlingen share with a municipality.',
);

@ObjectType('Consent', {
  description: 'Samtycke to share the case with one municipality for one purpose.',
})
export class ConsentModel {
  @Field(() => ID) id!: string;
  @Field(() => ConsentPurposeEnum) purpose!: string;
  @Field({ description: 'Kommunkod of the municipality the case may be shared with.' })
  municipalityCode!: string;
  @Field({ description: 'The day the participant consented (YYYY-MM-DD).' }) givenOn!: string;
  @Field(() => ID, { description: 'Who recorded it.' }) givenBy!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => String, { nullable: true }) withdrawnOn!: string | null;
  @Field(() => ID, { nullable: true }) withdrawnBy!: string | null;
  @Field({ description: 'Given and not withdrawn.' }) valid!: boolean;
}

@InputType()
export class GiveConsentInput implements ConsentInput {
  @Field(() => ID) participantId!: string;
  @Field(() => ConsentPurposeEnum) purpose!: string;
  @Field() municipalityCode!: string;
  @Field({ description: 'The day the participant consented (YYYY-MM-DD), not after today.' })
  givenOn!: string;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID) consentId!: string;
  @Field({ description: 'The day the participant withdrew it (YYYY-MM-DD), not after today.' })
  withdrawnOn!: string;
}
