import {
  isCalendarDate,
  isFullyApproved,
  type LetterInput,
  nextStatus,
  partiesOf,
  requiredParties,
  transition,
  validateApproval,
  validateLetter,
} from './letter-of-intent-rules';

const aLetter = (overrides: Partial<LetterInput> = {}): LetterInput => ({
  subject: { competenceNeedId: '4c5d6e7f-8a9b-4c0d-8e1f-2a3b4c5d6e7f' },
  commitments: { internshipPlaces: 2, interviews: 5, intendedHires: 1 },
  steps: [{ description: 'Intervjuer', responsibleParty: 'EMPLOYER', dueOn: '2027-01-15' }],
  validFrom: '2026-12-01',
  validUntil: '2027-06-30',
  preparatoryEmployment: false,
  municipalityCode: '0181',
  ...overrides,
});

const fieldOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { field?: string }).field;
  }
  return 'accepted';
};

describe('letter of intent rules', () => {
  it('accepts a valid letter, trimming the steps', () => {
    const valid = validateLetter(
      aLetter({
        steps: [
          { description: '  Praktik  ', responsibleParty: 'MUNICIPALITY', dueOn: '2027-02-28' },
        ],
      }),
    );
    expect(valid).toMatchObject({ internshipPlaces: 2, jobTrackId: null });
    expect(valid.steps).toEqual([
      { description: 'Praktik', responsibleParty: 'MUNICIPALITY', dueOn: '2027-02-28' },
    ]);
    expect(validateLetter(aLetter({ subject: null })).competenceNeedId).toBeNull();
  });

  it('names the field of each bad part', () => {
    const commitments = { internshipPlaces: 2, interviews: 5, intendedHires: 1 };
    expect(
      fieldOf(() =>
        validateLetter(
          aLetter({
            subject: {
              competenceNeedId: '4c5d6e7f-8a9b-4c0d-8e1f-2a3b4c5d6e7f',
              jobTrackId: '4c5d6e7f-8a9b-4c0d-8e1f-2a3b4c5d6e70',
            },
          }),
        ),
      ),
    ).toBe('subject');
    expect(fieldOf(() => validateLetter(aLetter({ subject: { jobTrackId: 'x' } })))).toBe(
      'subject.jobTrackId',
    );
    expect(
      fieldOf(() => validateLetter(aLetter({ commitments: { ...commitments, interviews: 101 } }))),
    ).toBe('commitments.interviews');
    expect(
      fieldOf(() =>
        validateLetter(aLetter({ commitments: { ...commitments, intendedHires: -1 } })),
      ),
    ).toBe('commitments.intendedHires');
    expect(
      fieldOf(() =>
        validateLetter(
          aLetter({
            steps: [
              { description: 'x'.repeat(501), responsibleParty: 'EMPLOYER', dueOn: '2027-01-01' },
            ],
          }),
        ),
      ),
    ).toBe('steps.0.description');
    expect(
      fieldOf(() =>
        validateLetter(
          aLetter({
            steps: [{ description: 'Möte', responsibleParty: 'EMPLOYER', dueOn: '2027-02-30' }],
          }),
        ),
      ),
    ).toBe('steps.0.dueOn');
    expect(
      fieldOf(() =>
        validateLetter(
          aLetter({
            steps: [{ description: 'Möte', responsibleParty: 'KING', dueOn: '2027-02-01' }],
          }),
        ),
      ),
    ).toBe('steps.0.responsibleParty');
    expect(
      fieldOf(() => validateLetter(aLetter({ validFrom: '2027-07-01', validUntil: '2027-06-30' }))),
    ).toBe('validUntil');
    expect(fieldOf(() => validateLetter(aLetter({ municipalityCode: '9999' })))).toBe(
      'municipalityCode',
    );
  });

  it('knows real calendar days only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('1999-12-31')).toBe(false);
    expect(isCalendarDate('2027-1-01')).toBe(false);
  });

  it('requires the participant’s approval for a preparatory employment only', () => {
    expect(requiredParties(false)).toEqual(['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'EMPLOYER']);
    expect(requiredParties(true)).toContain('PARTICIPANT');
    expect(isFullyApproved(false, ['EMPLOYER', 'MUNICIPALITY', 'ARBETSFORMEDLINGEN'])).toBe(true);
    expect(isFullyApproved(true, ['EMPLOYER', 'MUNICIPALITY', 'ARBETSFORMEDLINGEN'])).toBe(false);
  });

  it('lets each role approve only for its own party, the participant by an officer with a reason', () => {
    expect(partiesOf('officer')).toEqual(['ARBETSFORMEDLINGEN', 'PARTICIPANT']);
    expect(partiesOf('municipal_case_worker')).toEqual(['MUNICIPALITY']);
    expect(partiesOf('employer_contact')).toEqual(['EMPLOYER']);
    expect(partiesOf('process_leader')).toEqual([]);
    expect(
      validateApproval('officer', 'PARTICIPANT', true, ' Deltagaren godkände muntligt '),
    ).toEqual({ party: 'PARTICIPANT', reason: 'Deltagaren godkände muntligt' });
    expect(fieldOf(() => validateApproval('officer', 'PARTICIPANT', true, null))).toBe('reason');
    expect(fieldOf(() => validateApproval('officer', 'PARTICIPANT', true, '   '))).toBe('reason');
    expect(fieldOf(() => validateApproval('officer', 'PARTICIPANT', false, 'skäl'))).toBe('party');
    expect(fieldOf(() => validateApproval('officer', 'ARBETSFORMEDLINGEN', false, 'skäl'))).toBe(
      'reason',
    );
    expect(() => validateApproval('employer_contact', 'PARTICIPANT', true, 'skäl')).toThrow(
      expect.objectContaining({ code: 'LETTER_OF_INTENT.APPROVAL_NOT_ALLOWED' }),
    );
    expect(() => validateApproval('employer_contact', 'MUNICIPALITY', false, null)).toThrow(
      expect.objectContaining({ code: 'LETTER_OF_INTENT.APPROVAL_NOT_ALLOWED' }),
    );
  });

  it('allows only the valid transitions', () => {
    expect(nextStatus('DRAFT', 'approve')).toBe('DRAFT');
    expect(nextStatus('DRAFT', 'approve', true)).toBe('APPROVED');
    expect(nextStatus('APPROVED', 'approve')).toBeNull();
    expect(nextStatus('APPROVED', 'change')).toBe('DRAFT');
    expect(nextStatus('DRAFT', 'fulfil')).toBeNull();
    expect(nextStatus('APPROVED', 'fulfil')).toBe('FULFILLED');
    expect(nextStatus('DRAFT', 'cancel')).toBe('CANCELLED');
    for (const closed of ['FULFILLED', 'CANCELLED'] as const) {
      for (const action of ['approve', 'change', 'fulfil', 'cancel'] as const) {
        expect(nextStatus(closed, action)).toBeNull();
      }
    }
    expect(() => transition('CANCELLED', 'change')).toThrow(
      expect.objectContaining({ code: 'LETTER_OF_INTENT.INVALID_TRANSITION' }),
    );
  });
});
