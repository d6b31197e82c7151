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
import {
  type CandidateStatus,
  candidateStatuses,
  type Invitation,
  invitations,
  type MaterialStatus,
  materialStatuses,
  type NotAdmittedReason,
  notAdmittedReasons,
  type RecruitmentMethod,
  recruitmentMethods,
  type ReviewOutcome,
  reviewOutcomes,
} from './recruitment-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const RecruitmentMethodEnum = enumOf(recruitmentMethods);
export const CandidateStatusEnum = enumOf(candidateStatuses);
export const NotAdmittedReasonEnum = enumOf(notAdmittedReasons);
export const InvitationEnum = enumOf(invitations);
export const MaterialStatusEnum = enumOf(materialStatuses);
export const ReviewOutcomeEnum = enumOf(reviewOutcomes);
registerEnumType(RecruitmentMethodEnum, { name: 'RecruitmentMethod' });
registerEnumType(CandidateStatusEnum, {
  name: 'CandidateStatus',
  description:
    'IDENTIFIED → PREREQUISITES_ASSESSED → PREPARED → MET_EMPLOYER → ADMITTED, or NOT_ADMITTED.',
});
registerEnumType(NotAdmittedReasonEnum, { name: 'NotAdmittedReason' });
registerEnumType(InvitationEnum, {
  name: 'CandidateInvitation',
  description: 'The two voluntary invitations: the first employer meeting and the final selection.',
});
registerEnumType(MaterialStatusEnum, { name: 'RecruitmentMaterialStatus' });
registerEnumType(ReviewOutcomeEnum, { name: 'GenderEqualityReviewOutcome' });

/** A participant, resolved by the participants subgraph; this one only knows the id. */
@ObjectType('Participant')
@Directive('@key(fields: "id", resolvable: false)')
export class ParticipantReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('RecruitmentActivity')
export class RecruitmentActivityModel {
  @Field(() => RecruitmentMethodEnum)
  kind!: RecruitmentMethod;

  @Field({ description: 'YYYY-MM-DD' })
  plannedOn!: string;

  @Field()
  description!: string;
}

@ObjectType('RecruitmentPlan', { description: 'How the track recruits, agreed with the employer.' })
export class RecruitmentPlanModel {
  trackId!: string;

  @Field(() => RecruitmentMethodEnum)
  method!: RecruitmentMethod;

  @Field(() => [RecruitmentActivityModel], { description: 'By date.' })
  activities!: RecruitmentActivityModel[];

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => ID)
  updatedBy!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('GenderEqualityReview', {
  description: 'A jämställdhetsgranskning of one version of the recruitment material.',
})
export class GenderEqualityReviewModel {
  @Field(() => Int)
  contentVersion!: number;

  @Field(() => ReviewOutcomeEnum)
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => GraphQLISODateTime)
  reviewedAt!: Date;

  @Field(() => ID)
  reviewedBy!: string;
}

@ObjectType('RecruitmentMaterial', { description: 'The ad text and requirements of a track.' })
export class RecruitmentMaterialModel {
  trackId!: string;

  @Field()
  adText!: string;

  @Field()
  requirements!: string;

  @Field(() => Int, { description: 'Raised by every change of the text; reviews name it.' })
  contentVersion!: number;

  @Field(() => MaterialStatusEnum)
  status!: MaterialStatus;

  @Field(() => [GenderEqualityReviewModel], { description: 'Every review, oldest first.' })
  reviews!: GenderEqualityReviewModel[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;
}

@ObjectType('CandidateCount')
export class CandidateCountModel {
  @Field(() => CandidateStatusEnum)
  status!: CandidateStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('DeclinedInvitation', {
  description: 'Only that an invitation was declined and when: voluntary, nothing against them.',
})
export class DeclinedInvitationModel {
  @Field(() => InvitationEnum)
  invitation!: Invitation;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

@ObjectType('Candidate', {
  description:
    'A prospective participant of a track. Employer contacts see only those who met their ' +
    'employer, without assessment, reason or declined invitations (those fields are null/empty).',
})
export class CandidateModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  trackId!: string;

  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => CandidateStatusEnum)
  status!: CandidateStatus;

  @Field(() => ID, { nullable: true, description: 'The participants service’s assessment.' })
  assessmentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The employer met (one of the track’s).' })
  metEmployerId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  metOn!: string | null;

  @Field(() => NotAdmittedReasonEnum, { nullable: true })
  notAdmittedReason!: NotAdmittedReason | null;

  @Field(() => ID, { nullable: true, description: 'The employer whose final selection it was.' })
  selectedByEmployerId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  admittedOn!: string | null;

  @Field(() => [DeclinedInvitationModel])
  declinedInvitations!: DeclinedInvitationModel[];

  @Field(() => GraphQLISODateTime)
  identifiedAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType('TrackParticipant', { description: 'A participant admitted to the track.' })
export class TrackParticipantModel {
  trackId!: string;

  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => ID)
  candidateId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  admittedOn!: string;

  @Field(() => ID)
  selectedByEmployerId!: string;
}

@InputType()
export class RecruitmentActivityInput {
  @Field(() => RecruitmentMethodEnum)
  kind!: string;

  @Field({ description: 'YYYY-MM-DD' })
  plannedOn!: string;

  @Field({ description: '1–500 characters.' })
  description!: string;
}

@InputType()
export class SetRecruitmentPlanInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => RecruitmentMethodEnum)
  method!: string;

  @Field(() => [RecruitmentActivityInput], { description: '0–30 activities.' })
  activities!: RecruitmentActivityInput[];
}

@InputType()
export class DraftRecruitmentMaterialInput {
  @Field(() => ID)
  trackId!: string;

  @Field({ description: 'Plain text, 1–4000 characters.' })
  adText!: string;

  @Field({ description: 'Plain text, 1–4000 characters.' })
  requirements!: string;
}

@InputType()
export class ReviewRecruitmentMaterialInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => Int, { description: 'The content version reviewed (the current one).' })
  contentVersion!: number;

  @Field(() => ReviewOutcomeEnum)
  outcome!: string;

  @Field(() => String, {
    nullable: true,
    description: '1–2000 characters; required for CHANGES_NEEDED.',
  })
  notes?: string | null;
}

@InputType()
export class IdentifyCandidateInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  participantId!: string;
}

@InputType()
export class AssessCandidateInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => ID, { description: 'The assessment in the participants service.' })
  assessmentId!: string;
}

@InputType()
export class RecordEmployerMeetingInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => ID, { description: 'One of the track’s employers.' })
  employerId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  metOn!: string;
}

@InputType()
export class AdmitCandidateInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => ID, { description: 'The employer making the final selection (one of the track’s).' })
  selectedByEmployerId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  admittedOn!: string;
}

@InputType()
export class NotAdmitCandidateInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => NotAdmittedReasonEnum)
  reasonCode!: string;
}

@InputType()
export class DeclineInvitationInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => InvitationEnum)
  invitation!: string;
}
