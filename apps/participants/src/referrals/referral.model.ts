import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { codeEnum, PageInfo } from '../participants/participant.model';
import { referralDeclineReasons, referralStatuses } from './referral-rules';

export const ReferralStatusEnum = codeEnum(
  referralStatuses,
  'ReferralStatus',
  'Where a referral stands: pending until an officer of the target office accepts or declines it.',
);

export const ReferralDeclineReasonEnum = codeEnum(
  referralDeclineReasons,
  'ReferralDeclineReason',
  'Why an officer declined a referral.',
);

const details = {
  nullable: true,
  description:
    'As the case worker entered it: for the target office, and for the referring case worker while pending.',
} as const;

@ObjectType('Referral', {
  description:
    'A municipality referring a person to an Arbetsförmedlingen office (anvisning / remiss).',
})
export class ReferralModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReferralStatusEnum)
  status!: string;

  @Field({ description: 'Kommunkod of the referring municipality.' })
  fromMunicipalityCode!: string;

  @Field({ description: 'The office the person is referred to.' })
  officeId!: string;

  @Field(() => GraphQLISODateTime)
  referredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;

  @Field(() => ReferralDeclineReasonEnum, {
    nullable: true,
    description: 'Why it was declined: shown to the target office only.',
  })
  declineReason!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The participant an accepted referral is linked to.',
  })
  participantId!: string | null;

  @Field(() => String, details)
  identityNumber!: string | null;

  @Field(() => String, details)
  givenName!: string | null;

  @Field(() => String, details)
  familyName!: string | null;

  @Field(() => String, details)
  homeMunicipalityCode!: string | null;

  @Field(() => String, details)
  phone!: string | null;

  @Field(() => String, details)
  email!: string | null;

  @Field(() => String, { ...details, description: 'Why the case worker refers the person.' })
  reason!: string | null;
}

@ObjectType('ReferralEdge')
export class ReferralEdge {
  @Field()
  cursor!: string;

  @Field(() => ReferralModel)
  node!: ReferralModel;
}

@ObjectType('ReferralConnection')
export class ReferralConnection {
  @Field(() => [ReferralEdge])
  edges!: ReferralEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
