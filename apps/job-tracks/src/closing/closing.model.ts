import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { subsidyKinds } from '@jobbnatet/contracts';
import { WorkingPhaseEnum } from '../core/job-track.model';
import type { WorkingPhase } from '../core/phase-rules';
import {
  employmentForms,
  type EmploymentForm,
  matchAnswers,
  type MatchAnswer,
  notHiredReasons,
  type NotHiredReason,
  type Outcome,
  outcomes,
  type PhaseRating,
  phaseRatings,
  type SubsidyKind,
} from './closing-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const OutcomeEnum = enumOf(outcomes);
export const EmploymentFormEnum = enumOf(employmentForms);
export const SubsidyKindEnum = enumOf(subsidyKinds);
export const NotHiredReasonEnum = enumOf(notHiredReasons);
export const MatchAnswerEnum = enumOf(matchAnswers);
export const PhaseRatingEnum = enumOf(phaseRatings);
export const evaluationStatuses = ['DRAFT', 'PUBLISHED'] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];
export const EvaluationStatusEnum = enumOf(evaluationStatuses);
registerEnumType(OutcomeEnum, { name: 'ParticipantOutcome' });
registerEnumType(EmploymentFormEnum, {
  name: 'ClosingEmploymentForm',
  description: 'Osubventionerad, subventionerad (which kind) or förberedande anställning.',
});
registerEnumType(SubsidyKindEnum, { name: 'ClosingSubsidyKind' });
registerEnumType(NotHiredReasonEnum, { name: 'NotHiredReason' });
registerEnumType(MatchAnswerEnum, { name: 'EvaluationMatch' });
registerEnumType(PhaseRatingEnum, { name: 'PhaseRating' });
registerEnumType(EvaluationStatusEnum, { name: 'EvaluationStatus' });

@ObjectType('ParticipantResult', { description: 'A participant’s result when the track closes.' })
export class ParticipantResultModel {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => OutcomeEnum)
  outcome!: Outcome;

  @Field(() => EmploymentFormEnum, { nullable: true })
  employmentForm!: EmploymentForm | null;

  @Field(() => SubsidyKindEnum, { nullable: true })
  subsidyKind!: SubsidyKind | null;

  @Field(() => NotHiredReasonEnum, { nullable: true })
  reasonCode!: NotHiredReason | null;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => ID)
  recordedBy!: string;
}

@ObjectType('CertificateRecord', {
  description: 'Grades and certificates issued to a participant.',
})
export class CertificateRecordModel {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => ID)
  recordedBy!: string;
}

@ObjectType('ParticipantHandOver', {
  description: 'A participant not hired, handed over to recruitment for another track.',
})
export class HandOverModel {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => ID)
  targetTrackId!: string;

  @Field(() => GraphQLISODateTime)
  handedOverAt!: Date;

  @Field(() => ID)
  handedOverBy!: string;
}

@ObjectType('NotHiredReasonCount')
export class NotHiredReasonCount {
  @Field(() => NotHiredReasonEnum)
  reasonCode!: NotHiredReason;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ClosingCounts', {
  description: 'Computed from the recorded results; frozen when the evaluation is published.',
})
export class ClosingCounts {
  @Field(() => Int, { description: 'Participants with a recorded result.' })
  participants!: number;

  @Field(() => Int, { description: 'In work: every form of employment.' })
  employed!: number;

  @Field(() => Int)
  employedUnsubsidised!: number;

  @Field(() => Int)
  employedSubsidised!: number;

  @Field(() => Int)
  employedPreparatory!: number;

  @Field(() => Int, { description: 'Went on to other interventions.' })
  otherIntervention!: number;

  @Field(() => Int)
  discontinued!: number;

  @Field(() => [NotHiredReasonCount], { description: 'Why those not hired were not.' })
  notHiredReasons!: NotHiredReasonCount[];
}

@ObjectType('PhaseReview', { description: 'How one phase worked.' })
export class PhaseReviewModel {
  @Field(() => WorkingPhaseEnum)
  phase!: WorkingPhase;

  @Field(() => PhaseRatingEnum)
  rating!: PhaseRating;

  @Field()
  comment!: string;
}

@ObjectType('EvaluationApproval')
export class EvaluationApproval {
  @Field(() => ID)
  userId!: string;

  @Field(() => GraphQLISODateTime)
  approvedAt!: Date;
}

@ObjectType('TrackEvaluation', {
  description:
    'The joint evaluation by AF and the municipality: the six questions of the closing phase and ' +
    'the counts of who got work and who went on to other interventions.',
})
export class TrackEvaluationModel {
  @Field(() => ID)
  trackId!: string;

  @Field(() => EvaluationStatusEnum)
  status!: EvaluationStatus;

  @Field(() => Int, { description: 'Bumped by every change; an approval holds for one version.' })
  draftVersion!: number;

  @Field(() => ClosingCounts, { description: '1. Hired or not, and why not.' })
  counts!: ClosingCounts;

  @Field(() => String, { nullable: true, description: '1. What explains the results.' })
  resultsExplanation!: string | null;

  @Field(() => MatchAnswerEnum, {
    nullable: true,
    description: '2. Did training match the participants’ needs?',
  })
  trainingMatchedParticipantNeeds!: MatchAnswer | null;

  @Field(() => MatchAnswerEnum, {
    nullable: true,
    description: '2. … and the employer’s expectations?',
  })
  trainingMatchedEmployerExpectations!: MatchAnswer | null;

  @Field(() => String, { nullable: true })
  trainingComment!: string | null;

  @Field(() => [PhaseReviewModel], { description: '3. How each phase worked.' })
  phaseReviews!: PhaseReviewModel[];

  @Field(() => Boolean, { nullable: true, description: '4. Is there a continued need?' })
  continuedNeed!: boolean | null;

  @Field(() => Int, { nullable: true, description: '4. New starts planned.' })
  newStarts!: number | null;

  @Field(() => String, { nullable: true })
  continuedNeedComment!: string | null;

  @Field(() => Boolean, { nullable: true, description: '5. Should the track change?' })
  changeRecommended!: boolean | null;

  @Field(() => String, { nullable: true, description: '5. How.' })
  changeDescription!: string | null;

  @Field(() => Boolean, { nullable: true, description: '6. Can it be used as a good example?' })
  goodExample!: boolean | null;

  @Field(() => String, { nullable: true })
  goodExampleMotivation!: string | null;

  @Field(() => EvaluationApproval, {
    nullable: true,
    description: 'Arbetsförmedlingen’s approver.',
  })
  afApproval!: EvaluationApproval | null;

  @Field(() => EvaluationApproval, { nullable: true, description: 'The municipality’s approver.' })
  municipalApproval!: EvaluationApproval | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  publishedBy!: string | null;
}

@InputType()
export class RecordParticipantResultInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => OutcomeEnum)
  outcome!: string;

  @Field(() => EmploymentFormEnum, { nullable: true, description: 'For EMPLOYED only.' })
  employmentForm?: string | null;

  @Field(() => SubsidyKindEnum, { nullable: true, description: 'For SUBSIDISED only.' })
  subsidyKind?: string | null;

  @Field(() => NotHiredReasonEnum, { nullable: true, description: 'For those not hired.' })
  reasonCode?: string | null;
}

@InputType()
export class RecordCertificateInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  issuedOn!: string;
}

@InputType()
export class HandOverParticipantInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => ID, { description: 'A track in PLANNING or RECRUITMENT that you may write.' })
  targetTrackId!: string;
}

@InputType('PhaseReviewInput')
export class PhaseReviewInput {
  @Field(() => WorkingPhaseEnum)
  phase!: string;

  @Field(() => PhaseRatingEnum)
  rating!: string;

  @Field({ description: '1–4000 characters.' })
  comment!: string;
}

@InputType({ description: 'The whole draft; an answer left out (null) stays open.' })
export class EvaluationDraftInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => String, { nullable: true })
  resultsExplanation?: string | null;

  @Field(() => MatchAnswerEnum, { nullable: true })
  trainingMatchedParticipantNeeds?: string | null;

  @Field(() => MatchAnswerEnum, { nullable: true })
  trainingMatchedEmployerExpectations?: string | null;

  @Field(() => String, { nullable: true })
  trainingComment?: string | null;

  @Field(() => [PhaseReviewInput], { nullable: true })
  phaseReviews?: PhaseReviewInput[] | null;

  @Field(() => Boolean, { nullable: true })
  continuedNeed?: boolean | null;

  @Field(() => Int, { nullable: true })
  newStarts?: number | null;

  @Field(() => String, { nullable: true })
  continuedNeedComment?: string | null;

  @Field(() => Boolean, { nullable: true })
  changeRecommended?: boolean | null;

  @Field(() => String, { nullable: true })
  changeDescription?: string | null;

  @Field(() => Boolean, { nullable: true })
  goodExample?: boolean | null;

  @Field(() => String, { nullable: true })
  goodExampleMotivation?: string | null;
}
