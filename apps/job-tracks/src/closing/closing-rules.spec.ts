import {
  closingGaps,
  countResults,
  openAnswers,
  type ParticipantResult,
  validateAnswers,
  validateResult,
} from './closing-rules';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const employed = (n: number, form: 'UNSUBSIDISED' | 'SUBSIDISED' | 'PREPARATORY') =>
  ({
    participantId: id(n),
    outcome: 'EMPLOYED',
    employmentForm: form,
    subsidyKind: form === 'SUBSIDISED' ? 'NYSTARTSJOBB' : null,
    reasonCode: null,
  }) satisfies ParticipantResult;
const notHired = (
  n: number,
  outcome: 'OTHER_INTERVENTION' | 'DISCONTINUED',
  reason: 'LANGUAGE' | 'MOVED',
) =>
  ({
    participantId: id(n),
    outcome,
    employmentForm: null,
    subsidyKind: null,
    reasonCode: reason,
  }) satisfies ParticipantResult;

const complete = {
  resultsExplanation: 'Arbetsgivaren anställde alla som klarade APL.',
  trainingMatchedParticipantNeeds: 'YES',
  trainingMatchedEmployerExpectations: 'PARTLY',
  phaseReviews: ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING'].map((phase) => ({
    phase,
    rating: 'WORKED_WELL',
    comment: 'Bra samarbete.',
  })),
  continuedNeed: true,
  newStarts: 10,
  changeRecommended: false,
  goodExample: false,
};

describe('a participant’s result', () => {
  it('takes EMPLOYED with a form, and a subsidy kind exactly when subsidised', () => {
    expect(
      validateResult({
        participantId: id(1),
        outcome: 'EMPLOYED',
        employmentForm: 'SUBSIDISED',
        subsidyKind: 'LONEBIDRAG',
      }),
    ).toMatchObject({ employmentForm: 'SUBSIDISED', subsidyKind: 'LONEBIDRAG', reasonCode: null });
    expect(() =>
      validateResult({ participantId: id(1), outcome: 'EMPLOYED', employmentForm: 'SUBSIDISED' }),
    ).toThrow(/subsidyKind/);
    expect(() =>
      validateResult({
        participantId: id(1),
        outcome: 'EMPLOYED',
        employmentForm: 'UNSUBSIDISED',
        subsidyKind: 'NYSTARTSJOBB',
      }),
    ).toThrow(/subsidyKind/);
    expect(() => validateResult({ participantId: id(1), outcome: 'EMPLOYED' })).toThrow(
      /employmentForm/,
    );
  });

  it('takes the other outcomes with a reason and no form', () => {
    expect(
      validateResult({ participantId: id(1), outcome: 'DISCONTINUED', reasonCode: 'MOVED' }),
    ).toMatchObject({ outcome: 'DISCONTINUED', reasonCode: 'MOVED', employmentForm: null });
    expect(() => validateResult({ participantId: id(1), outcome: 'OTHER_INTERVENTION' })).toThrow(
      /reasonCode/,
    );
    expect(() =>
      validateResult({
        participantId: id(1),
        outcome: 'DISCONTINUED',
        reasonCode: 'MOVED',
        employmentForm: 'PREPARATORY',
      }),
    ).toThrow(/employmentForm/);
  });

  it('refuses an unknown outcome or participant id without quoting it', () => {
    expect(() => validateResult({ participantId: 'x<script>', outcome: 'EMPLOYED' })).toThrow(
      /participantId/,
    );
    expect(() => validateResult({ participantId: id(1), outcome: 'HIRED<b>' })).not.toThrow(/<b>/);
  });
});

describe('the evaluation’s counts', () => {
  it('counts who got work by form, who went on to other interventions, and why those not hired were not', () => {
    expect(
      countResults([
        employed(1, 'UNSUBSIDISED'),
        employed(2, 'UNSUBSIDISED'),
        employed(3, 'SUBSIDISED'),
        employed(4, 'PREPARATORY'),
        notHired(5, 'OTHER_INTERVENTION', 'LANGUAGE'),
        notHired(6, 'OTHER_INTERVENTION', 'LANGUAGE'),
        notHired(7, 'DISCONTINUED', 'MOVED'),
      ]),
    ).toEqual({
      participants: 7,
      employed: 4,
      employedUnsubsidised: 2,
      employedSubsidised: 1,
      employedPreparatory: 1,
      otherIntervention: 2,
      discontinued: 1,
      notHiredReasons: [
        { reasonCode: 'LANGUAGE', count: 2 },
        { reasonCode: 'MOVED', count: 1 },
      ],
    });
  });

  it('counts nothing without results', () => {
    expect(countResults([])).toMatchObject({ participants: 0, employed: 0, notHiredReasons: [] });
  });
});

describe('the evaluation’s answers', () => {
  it('lets a draft leave answers open and lists them before publishing', () => {
    const draft = validateAnswers({ goodExample: true });
    expect(openAnswers(draft)).toEqual([
      'resultsExplanation',
      'trainingMatchedParticipantNeeds',
      'trainingMatchedEmployerExpectations',
      'continuedNeed',
      'newStarts',
      'changeRecommended',
      'phaseReviews.PLANNING',
      'phaseReviews.RECRUITMENT',
      'phaseReviews.IMPLEMENTATION',
      'phaseReviews.CLOSING',
      'goodExampleMotivation',
    ]);
  });

  it('is complete once every question is answered, with a description for a recommended change', () => {
    expect(openAnswers(validateAnswers(complete))).toEqual([]);
    expect(openAnswers(validateAnswers({ ...complete, changeRecommended: true }))).toEqual([
      'changeDescription',
    ]);
  });

  it('refuses a phase reviewed twice, a bad rating and an impossible number of new starts', () => {
    const review = { phase: 'PLANNING', rating: 'WORKED_WELL', comment: 'Bra.' };
    expect(() => validateAnswers({ phaseReviews: [review, review] })).toThrow(/phaseReviews/);
    expect(() => validateAnswers({ phaseReviews: [{ ...review, rating: 'GREAT' }] })).toThrow(
      /phaseReviews/,
    );
    expect(() => validateAnswers({ newStarts: -1 })).toThrow(/newStarts/);
    expect(() => validateAnswers({ newStarts: 2.5 })).toThrow(/newStarts/);
  });
});

describe('closing gaps', () => {
  it('names the participants without a result and an unpublished evaluation', () => {
    expect(closingGaps([id(1), id(2)], new Set([id(1)]), false)).toEqual([
      `RESULT_MISSING:${id(2)}`,
      'EVALUATION_NOT_PUBLISHED',
    ]);
    expect(closingGaps([id(1)], new Set([id(1)]), true)).toEqual([]);
  });
});
