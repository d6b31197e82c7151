import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { letterStatuses, parties } from './letter-of-intent-rules';

export const LetterStatusEnum = Object.fromEntries(letterStatuses.map((s) => [s, s])) as {
  [K in (typeof letterStatuses)[number]]: K;
};
registerEnumType(LetterStatusEnum, {
  name: 'LetterOfIntentStatus',
  description: 'DRAFT until every required party approved the current version, then APPROVED.',
});

export const PartyEnum = Object.fromEntries(parties.map((p) => [p, p])) as {
  [K in (typeof parties)[number]]: K;
};
registerEnumType(PartyEnum, {
  name: 'LetterOfIntentParty',
  description: 'A party to a letter of intent; PARTICIPANT only for a preparatory employment.',
});

@ObjectType('LetterOfIntentSubject')
export class LetterSubjectModel {
  @Field(() => ID, { nullable: true }) competenceNeedId!: string | null;
  @Field(() => ID, { nullable: true }) jobTrackId!: string | null;
}

@ObjectType('LetterOfIntentCommitments', { description: 'What the employer commits to.' })
export class CommitmentsModel {
  @Field(() => Int) internshipPlaces!: number;
  @Field(() => Int) interviews!: number;
  @Field(() => Int) intendedHires!: number;
}

@ObjectType('LetterOfIntentStep')
export class StepModel {
  @Field() description!: string;
  @Field(() => PartyEnum) responsibleParty!: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueOn!: string;
}

@ObjectType('LetterOfIntentApproval')
export class ApprovalModel {
  @Field(() => PartyEnum) party!: string;
  @Field(() => ID, { description: 'The user who approved (an officer for the participant).' })
  approvedBy!: string;
  @Field(() => GraphQLISODateTime) approvedAt!: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set when a change revoked it.',
  })
  revokedAt!: Date | null;
}

@ObjectType('LetterOfIntentVersion', { description: 'One version as written, with its approvals.' })
export class LetterVersionModel {
  @Field(() => Int) version!: number;
  @Field(() => LetterSubjectModel) subject!: LetterSubjectModel;
  @Field(() => CommitmentsModel) commitments!: CommitmentsModel;
  @Field(() => [StepModel]) steps!: StepModel[];
  @Field({ description: 'YYYY-MM-DD.' }) validFrom!: string;
  @Field({ description: 'YYYY-MM-DD.' }) validUntil!: string;
  @Field() preparatoryEmployment!: boolean;
  @Field({ description: 'Kommunkod.' }) municipalityCode!: string;
  @Field(() => GraphQLISODateTime) writtenAt!: Date;
  @Field(() => [ApprovalModel]) approvals!: ApprovalModel[];
}

@ObjectType('LetterOfIntent', {
  description:
    'An avsiktsförklaring: what an employer commits to, for a competence need or a job track.',
})
export class LetterOfIntentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) employerId!: string;
  @Field(() => LetterStatusEnum) status!: string;
  @Field(() => Int, { description: 'The current version: send it back with a command.' })
  version!: number;
  @Field(() => LetterSubjectModel) subject!: LetterSubjectModel;
  @Field(() => CommitmentsModel) commitments!: CommitmentsModel;
  @Field(() => [StepModel]) steps!: StepModel[];
  @Field() validFrom!: string;
  @Field() validUntil!: string;
  @Field() preparatoryEmployment!: boolean;
  @Field() municipalityCode!: string;
  @Field(() => [PartyEnum]) requiredParties!: string[];
  @Field(() => [ApprovalModel], { description: 'The approvals of the current version.' })
  approvals!: ApprovalModel[];
  @Field(() => [LetterVersionModel], { description: 'Every version, oldest first.' })
  versions!: LetterVersionModel[];
}
