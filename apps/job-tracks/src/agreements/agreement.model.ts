import {
  Directive,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { StaffMember, StaffMemberInput } from '../core/staff';
import { type AgreementInput, type AgreementStatus, agreementStatuses } from './agreement-rules';

export const AgreementStatusEnum = Object.fromEntries(
  agreementStatuses.map((s) => [s, s]),
) as Record<AgreementStatus, AgreementStatus>;
registerEnumType(AgreementStatusEnum, {
  name: 'AgreementStatus',
  description: 'DRAFT, ACTIVE, ENDED; EXPIRED is an ACTIVE agreement past its last day.',
});

@ObjectType('CollaborationAgreement', {
  description:
    'Överenskommelse om samverkan between Arbetsförmedlingen office(s) and a municipality: ' +
    'what every job track rests on.',
})
@Directive('@key(fields: "id")')
export class CollaborationAgreementModel {
  @Field(() => ID)
  id!: string;

  @Field()
  municipalityCode!: string;

  @Field(() => [String])
  officeIds!: string[];

  @Field({ description: 'YYYY-MM-DD' })
  validFrom!: string;

  @Field({ description: 'YYYY-MM-DD, the last day it is valid.' })
  validTo!: string;

  @Field(() => [StaffMember], { description: 'Contacts of both parties, each with a role.' })
  contacts!: StaffMember[];

  @Field({ description: 'Governance, roles and responsibilities (strategic and operational).' })
  rolesAndResponsibilities!: string;

  @Field({ description: 'When the job-track method is suitable.' })
  methodSuitability!: string;

  @Field({ description: 'How the proactive employer work is done.' })
  employerWork!: string;

  @Field(() => AgreementStatusEnum)
  status!: AgreementStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  activatedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class CreateAgreementInput implements AgreementInput {
  @Field()
  municipalityCode!: string;

  @Field(() => [String], { description: 'One or more Arbetsförmedlingen offices.' })
  officeIds!: string[];

  @Field({ description: 'YYYY-MM-DD' })
  validFrom!: string;

  @Field({ description: 'YYYY-MM-DD, not before validFrom.' })
  validTo!: string;

  @Field(() => [StaffMemberInput], { description: 'At least one contact of each party.' })
  contacts!: StaffMemberInput[];

  @Field({ description: '1–4000 characters.' })
  rolesAndResponsibilities!: string;

  @Field({ description: '1–4000 characters.' })
  methodSuitability!: string;

  @Field({ description: '1–4000 characters.' })
  employerWork!: string;
}
