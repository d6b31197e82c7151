import {
  notBefore,
  optionalFreeText,
  pageSize,
  pastOrToday,
  validateContact,
  validateFeedback,
  validatePeriod,
  validateVacancy,
} from './employer-work-rules';
import { swedishDay } from '@jobbnatet/domain-se';

const today = '2026-11-30';
const field = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (
      (error as { field?: string }).field ??
      (error as { extensions?: { field?: string } }).extensions?.field ??
      'thrown'
    );
  }
  return undefined;
};

describe('employer work rules', () => {
  it('takes the Swedish calendar day', () => {
    expect(swedishDay(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });

  it('accepts a contact on a day not in the future, the summary trimmed, blank as none', () => {
    expect(
      validateContact(
        {
          employerId: 'e',
          kind: 'VISIT',
          occurredOn: today,
          outcome: 'NO_NEED',
          summary: '  Hej\nIda ',
        },
        today,
      ),
    ).toEqual({
      employerId: 'e',
      kind: 'VISIT',
      occurredOn: today,
      outcome: 'NO_NEED',
      summary: 'Hej\nIda',
    });
    expect(optionalFreeText('summary', '   ', 1000)).toBeNull();
    expect(optionalFreeText('summary', undefined, 1000)).toBeNull();
  });

  it('refuses a future or impossible day, unknown codes, and bad summaries, naming the field', () => {
    const valid = { employerId: 'e', kind: 'CALL', occurredOn: today, outcome: 'OTHER' };
    expect(field(() => validateContact({ ...valid, occurredOn: '2026-12-01' }, today))).toBe(
      'occurredOn',
    );
    expect(field(() => validateContact({ ...valid, occurredOn: '2026-02-30' }, today))).toBe(
      'occurredOn',
    );
    expect(field(() => validateContact({ ...valid, kind: 'FAX' }, today))).toBe('kind');
    expect(field(() => validateContact({ ...valid, outcome: 'maybe' }, today))).toBe('outcome');
    expect(field(() => validateContact({ ...valid, summary: 'a'.repeat(1001) }, today))).toBe(
      'summary',
    );
    expect(field(() => validateContact({ ...valid, summary: 'ok\u202e' }, today))).toBe('summary');
    expect(field(() => validateContact({ ...valid, summary: '!!!' }, today))).toBe('summary');
    expect(validateContact({ ...valid, summary: 'å'.repeat(1000) }, today).summary).toHaveLength(
      1000,
    );
  });

  it('checks an acquired vacancy: SSYK of 4 digits, 1–100 positions, a contact id', () => {
    const valid = {
      employerId: 'e',
      contactId: '3b7c1e2a-4d5f-4a6b-8c9d-0e1f2a3b4c5d',
      occupationCode: '9622',
      positions: 100,
      acquiredOn: today,
    };
    expect(validateVacancy(valid, today)).toMatchObject({ occupationCode: '9622', positions: 100 });
    expect(validateVacancy({ ...valid, occupationCode: null }, today).occupationCode).toBeNull();
    expect(field(() => validateVacancy({ ...valid, occupationCode: '962' }, today))).toBe(
      'occupationCode',
    );
    expect(field(() => validateVacancy({ ...valid, positions: 0 }, today))).toBe('positions');
    expect(field(() => validateVacancy({ ...valid, positions: 101 }, today))).toBe('positions');
    expect(field(() => validateVacancy({ ...valid, positions: 1.5 }, today))).toBe('positions');
    expect(field(() => validateVacancy({ ...valid, contactId: 'x' }, today))).toBe('contactId');
    expect(field(() => validateVacancy({ ...valid, acquiredOn: '2027-01-01' }, today))).toBe(
      'acquiredOn',
    );
    expect(field(() => notBefore('acquiredOn', '2026-11-01', '2026-11-02', 'the contact'))).toBe(
      'acquiredOn',
    );
  });

  it('checks feedback: 1–5, support needs from the list once each', () => {
    const valid = {
      employerId: 'e',
      context: 'INTERNSHIP',
      experience: 5,
      supportNeeds: ['LANGUAGE'],
    };
    expect(validateFeedback(valid)).toMatchObject({ participantId: null, comment: null });
    expect(field(() => validateFeedback({ ...valid, experience: 0 }))).toBe('experience');
    expect(field(() => validateFeedback({ ...valid, experience: 6 }))).toBe('experience');
    expect(
      field(() => validateFeedback({ ...valid, supportNeeds: ['LANGUAGE', 'LANGUAGE'] })),
    ).toBe('supportNeeds');
    expect(field(() => validateFeedback({ ...valid, supportNeeds: ['MONEY'] }))).toBe(
      'supportNeeds',
    );
    expect(field(() => validateFeedback({ ...valid, context: 'JOB' }))).toBe('context');
    expect(field(() => validateFeedback({ ...valid, participantId: '1' }))).toBe('participantId');
  });

  it('checks a period and a page size', () => {
    expect(validatePeriod('2026-01-01', '2026-12-31')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(field(() => validatePeriod('2026-02-01', '2026-01-31'))).toBe('to');
    expect(field(() => validatePeriod('2026-1-1', '2026-01-31'))).toBe('from');
    expect(field(() => pastOrToday('filledOn', 20261130, today))).toBe('filledOn');
    expect(field(() => pageSize(0))).toBe('first');
    expect(pageSize(100)).toBe(100);
  });
});
