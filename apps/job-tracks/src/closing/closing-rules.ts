import { subsidyKinds } from '@jobbnatet/contracts';
import { calendarDay, isUuid, text } from '../core/input-rules';
import { workingPhases, type WorkingPhase } from '../core/phase-rules';
import { invalidInput } from '../core/track.errors';

/** What became of a participant when the track closed (DOMAIN.md, closing phase). */
export const outcomes = ['EMPLOYED', 'OTHER_INTERVENTION', 'DISCONTINUED'] as const;
export type Outcome = (typeof outcomes)[number];

/** How a job is held: reports show unsubsidised work alone and with subsidised jobs (IFAU 2010:2). */
export const employmentForms = ['UNSUBSIDISED', 'SUBSIDISED', 'PREPARATORY'] as const;
export type EmploymentForm = (typeof employmentForms)[number];
export type SubsidyKind = (typeof subsidyKinds)[number];

/** Why a participant was not hired: the evaluation counts these. */
export const notHiredReasons = [
  'EMPLOYER_DID_NOT_HIRE',
  'SKILLS_GAP',
  'LANGUAGE',
  'HEALTH',
  'STUDIES',
  'MOVED',
  'OWN_CHOICE',
  'OTHER',
] as const;
export type NotHiredReason = (typeof notHiredReasons)[number];

export interface ParticipantResult {
  participantId: string;
  outcome: Outcome;
  employmentForm: EmploymentForm | null;
  subsidyKind: SubsidyKind | null;
  reasonCode: NotHiredReason | null;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/**
 * A result is whole: EMPLOYED has a form (and a subsidy kind exactly when SUBSIDISED) and no
 * reason; the other outcomes have a reason and no form.
 */
export function validateResult(input: {
  participantId: unknown;
  outcome: unknown;
  employmentForm?: unknown;
  subsidyKind?: unknown;
  reasonCode?: unknown;
}): ParticipantResult {
  if (!isUuid(input.participantId))
    throw invalidInput('participantId', 'participantId must be an id');
  if (!oneOf(outcomes, input.outcome)) throw invalidInput('outcome', 'outcome is not a result');
  const form = input.employmentForm ?? null;
  const subsidy = input.subsidyKind ?? null;
  const reason = input.reasonCode ?? null;
  const participantId = input.participantId.toLowerCase();
  if (input.outcome === 'EMPLOYED') {
    if (!oneOf(employmentForms, form)) {
      throw invalidInput('employmentForm', 'employmentForm is required for EMPLOYED');
    }
    if ((form === 'SUBSIDISED') !== oneOf(subsidyKinds, subsidy)) {
      throw invalidInput('subsidyKind', 'subsidyKind is required for, and only for, SUBSIDISED');
    }
    if (reason !== null) throw invalidInput('reasonCode', 'reasonCode is only for those not hired');
    return {
      participantId,
      outcome: 'EMPLOYED',
      employmentForm: form,
      subsidyKind: form === 'SUBSIDISED' ? (subsidy as SubsidyKind) : null,
      reasonCode: null,
    };
  }
  if (form !== null) throw invalidInput('employmentForm', 'employmentForm is only for EMPLOYED');
  if (subsidy !== null) throw invalidInput('subsidyKind', 'subsidyKind is only for EMPLOYED');
  if (!oneOf(notHiredReasons, reason)) {
    throw invalidInput('reasonCode', 'reasonCode is required for those not hired');
  }
  return {
    participantId,
    outcome: input.outcome,
    employmentForm: null,
    subsidyKind: null,
    reasonCode: reason,
  };
}

/** The evaluation's counts, computed from the recorded results: never typed in. */
export interface ResultCounts {
  participants: number;
  employed: number;
  employedUnsubsidised: number;
  employedSubsidised: number;
  employedPreparatory: number;
  otherIntervention: number;
  discontinued: number;
  notHiredReasons: { reasonCode: NotHiredReason; count: number }[];
}

export function countResults(results: readonly ParticipantResult[]): ResultCounts {
  const employedAs = (form: EmploymentForm) =>
    results.filter((r) => r.outcome === 'EMPLOYED' && r.employmentForm === form).length;
  return {
    participants: results.length,
    employed: results.filter((r) => r.outcome === 'EMPLOYED').length,
    employedUnsubsidised: employedAs('UNSUBSIDISED'),
    employedSubsidised: employedAs('SUBSIDISED'),
    employedPreparatory: employedAs('PREPARATORY'),
    otherIntervention: results.filter((r) => r.outcome === 'OTHER_INTERVENTION').length,
    discontinued: results.filter((r) => r.outcome === 'DISCONTINUED').length,
    notHiredReasons: notHiredReasons
      .map((reasonCode) => ({
        reasonCode,
        count: results.filter((r) => r.reasonCode === reasonCode).length,
      }))
      .filter((reason) => reason.count > 0),
  };
}

/** A day grades and certificates were issued. */
export const issuedOn = (value: unknown): string => calendarDay(invalidInput, 'issuedOn', value);

/** A hand-over goes to another track that is still planning or recruiting. */
export const handOverPhases: readonly WorkingPhase[] = ['PLANNING', 'RECRUITMENT'];

/**
 * What still stands between a track in CLOSING and CLOSED: the participants (as the recruitment
 * part knows them) without a result, and whether the joint evaluation is published.
 */
export function closingGaps(
  participantIds: readonly string[],
  withResult: ReadonlySet<string>,
  evaluationPublished: boolean,
): string[] {
  const missing = participantIds.filter((id) => !withResult.has(id.toLowerCase()));
  return [
    ...missing.map((id) => `RESULT_MISSING:${id}`),
    ...(evaluationPublished ? [] : ['EVALUATION_NOT_PUBLISHED']),
  ];
}

/* The joint evaluation's six questions (DOMAIN.md). */

export const matchAnswers = ['YES', 'PARTLY', 'NO'] as const;
export type MatchAnswer = (typeof matchAnswers)[number];
export const phaseRatings = ['WORKED_WELL', 'WORKED_PARTLY', 'WORKED_POORLY'] as const;
export type PhaseRating = (typeof phaseRatings)[number];

export interface PhaseReview {
  phase: WorkingPhase;
  rating: PhaseRating;
  comment: string;
}

/** The evaluation's answers; a draft may leave any of them open (null). */
export interface EvaluationAnswers {
  resultsExplanation: string | null;
  trainingMatchedParticipantNeeds: MatchAnswer | null;
  trainingMatchedEmployerExpectations: MatchAnswer | null;
  trainingComment: string | null;
  phaseReviews: PhaseReview[];
  continuedNeed: boolean | null;
  newStarts: number | null;
  continuedNeedComment: string | null;
  changeRecommended: boolean | null;
  changeDescription: string | null;
  goodExample: boolean | null;
  goodExampleMotivation: string | null;
}

const longText = 4000;
const optionalText = (field: string, value: unknown): string | null =>
  value === null || value === undefined ? null : text(invalidInput, field, value, longText);
const optionalChoice = <T extends string>(field: string, values: readonly T[], value: unknown) => {
  if (value === null || value === undefined) return null;
  if (!oneOf(values, value))
    throw invalidInput(field, `${field} must be one of ${values.join(', ')}`);
  return value;
};
const optionalFlag = (field: string, value: unknown): boolean | null => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'boolean') throw invalidInput(field, `${field} must be true or false`);
  return value;
};

/** Validates a draft: each answer given must be well-formed; open answers stay null. */
export function validateAnswers(input: Record<string, unknown>): EvaluationAnswers {
  const reviews = input.phaseReviews ?? [];
  if (!Array.isArray(reviews) || reviews.length > workingPhases.length) {
    throw invalidInput('phaseReviews', 'phaseReviews must list at most one review per phase');
  }
  const phaseReviews = reviews.map((item: unknown) => {
    const review = (item ?? {}) as Record<string, unknown>;
    if (!oneOf(workingPhases, review.phase)) {
      throw invalidInput('phaseReviews', 'phaseReviews needs a phase for each review');
    }
    if (!oneOf(phaseRatings, review.rating)) {
      throw invalidInput('phaseReviews', 'phaseReviews needs a rating for each review');
    }
    return {
      phase: review.phase,
      rating: review.rating,
      comment: text(invalidInput, 'phaseReviews', review.comment, longText),
    };
  });
  if (new Set(phaseReviews.map((r) => r.phase)).size !== phaseReviews.length) {
    throw invalidInput('phaseReviews', 'phaseReviews reviews a phase twice');
  }
  const newStarts = input.newStarts ?? null;
  if (
    newStarts !== null &&
    !(Number.isInteger(newStarts) && (newStarts as number) >= 0 && (newStarts as number) <= 1000)
  ) {
    throw invalidInput('newStarts', 'newStarts must be a whole number 0–1000');
  }
  return {
    resultsExplanation: optionalText('resultsExplanation', input.resultsExplanation),
    trainingMatchedParticipantNeeds: optionalChoice(
      'trainingMatchedParticipantNeeds',
      matchAnswers,
      input.trainingMatchedParticipantNeeds,
    ),
    trainingMatchedEmployerExpectations: optionalChoice(
      'trainingMatchedEmployerExpectations',
      matchAnswers,
      input.trainingMatchedEmployerExpectations,
    ),
    trainingComment: optionalText('trainingComment', input.trainingComment),
    phaseReviews: workingPhases.flatMap((phase) => phaseReviews.filter((r) => r.phase === phase)),
    continuedNeed: optionalFlag('continuedNeed', input.continuedNeed),
    newStarts: newStarts as number | null,
    continuedNeedComment: optionalText('continuedNeedComment', input.continuedNeedComment),
    changeRecommended: optionalFlag('changeRecommended', input.changeRecommended),
    changeDescription: optionalText('changeDescription', input.changeDescription),
    goodExample: optionalFlag('goodExample', input.goodExample),
    goodExampleMotivation: optionalText('goodExampleMotivation', input.goodExampleMotivation),
  };
}

/**
 * The answers still open before publishing: every question answered, a review of each phase, a
 * description when a change is recommended and a motivation for a good example.
 */
export function openAnswers(answers: EvaluationAnswers): string[] {
  const open: string[] = [];
  const required: (keyof EvaluationAnswers)[] = [
    'resultsExplanation',
    'trainingMatchedParticipantNeeds',
    'trainingMatchedEmployerExpectations',
    'continuedNeed',
    'newStarts',
    'changeRecommended',
    'goodExample',
  ];
  for (const field of required) if (answers[field] === null) open.push(field);
  const reviewed = new Set(answers.phaseReviews.map((r) => r.phase));
  for (const phase of workingPhases) if (!reviewed.has(phase)) open.push(`phaseReviews.${phase}`);
  if (answers.changeRecommended === true && answers.changeDescription === null) {
    open.push('changeDescription');
  }
  if (answers.goodExample === true && answers.goodExampleMotivation === null) {
    open.push('goodExampleMotivation');
  }
  return open;
}
