import { randomUUID } from 'node:crypto';
import {
  countsAsWork,
  type EmploymentInput,
  retentionSchedule,
  validateEmployment,
} from './employment-rules';

const anEmployment = (overrides: Partial<EmploymentInput> = {}): EmploymentInput => ({
  employerId: randomUUID(),
  startDate: '2025-03-01',
  endDate: null,
  hoursPerWeek: 40,
  form: 'UNSUBSIDISED_PERMANENT',
  subsidyKind: null,
  acquired: false,
  acquiredThroughContactId: null,
  ...overrides,
});

const refusal = (overrides: Partial<EmploymentInput>) => {
  try {
    validateEmployment(anEmployment(overrides));
  } catch (error) {
    return (error as { field?: string }).field;
  }
  return 'accepted';
};

describe('an employment outcome', () => {
  it('accepts a subsidised job with its kind, acquired through a contact', () => {
    const contact = randomUUID();
    expect(
      validateEmployment(
        anEmployment({
          form: 'SUBSIDISED',
          subsidyKind: 'NYSTARTSJOBB',
          acquired: true,
          acquiredThroughContactId: contact,
          hoursPerWeek: 37.5,
        }),
      ),
    ).toMatchObject({ subsidyKind: 'NYSTARTSJOBB', acquiredThroughContactId: contact });
  });

  it.each<[string, Partial<EmploymentInput>, string]>([
    ['a subsidised job without its kind', { form: 'SUBSIDISED' }, 'subsidyKind'],
    ['a kind on an unsubsidised job', { subsidyKind: 'LONEBIDRAG' }, 'subsidyKind'],
    ['an acquired job without its contact', { acquired: true }, 'acquiredThroughContactId'],
    [
      'a contact on a job not acquired',
      { acquiredThroughContactId: randomUUID() },
      'acquiredThroughContactId',
    ],
    [
      'a contact that is no id',
      { acquired: true, acquiredThroughContactId: 'x' },
      'acquiredThroughContactId',
    ],
    ['an end before the start', { endDate: '2025-02-28' }, 'endDate'],
    ['no hours', { hoursPerWeek: 0 }, 'hoursPerWeek'],
    ['more than 60 hours', { hoursPerWeek: 60.01 }, 'hoursPerWeek'],
    ['hours with three decimals', { hoursPerWeek: 37.125 }, 'hoursPerWeek'],
    ['infinite hours', { hoursPerWeek: Infinity }, 'hoursPerWeek'],
    ['an employer that is no id', { employerId: 'acme' }, 'employerId'],
    ['a form that is no code', { form: 'FREELANCE' }, 'form'],
    ['an impossible start date', { startDate: '2025-02-29' }, 'startDate'],
  ])('refuses %s, naming the field', (_case, overrides, field) => {
    expect(refusal(overrides)).toBe(field);
  });

  it('accepts a one-day job and 60 hours a week', () => {
    expect(refusal({ endDate: '2025-03-01', hoursPerWeek: 60 })).toBe('accepted');
  });
});

describe('counting a job as work', () => {
  const job = (form: string, startDate: string, endDate: string | null) =>
    countsAsWork({ form: form as 'SUBSIDISED', startDate, endDate });

  it('counts an open-ended job of any form but municipal labour-market employment', () => {
    expect(job('UNSUBSIDISED_PERMANENT', '2025-01-15', null)).toBe(true);
    expect(job('SUBSIDISED', '2025-01-15', null)).toBe(true);
    expect(job('PREPARATORY', '2025-01-15', null)).toBe(true);
    expect(job('MUNICIPAL_LABOUR_MARKET', '2025-01-15', null)).toBe(false);
  });

  it('counts a job lasting one continuous month, not one a day shorter', () => {
    expect(job('UNSUBSIDISED_FIXED_TERM', '2025-01-15', '2025-02-14')).toBe(true);
    expect(job('UNSUBSIDISED_FIXED_TERM', '2025-01-15', '2025-02-13')).toBe(false);
    expect(job('UNSUBSIDISED_FIXED_TERM', '2025-02-01', '2025-02-28')).toBe(true);
    expect(job('UNSUBSIDISED_FIXED_TERM', '2025-02-01', '2025-02-27')).toBe(false);
  });

  it('never counts municipal labour-market employment, however long', () => {
    expect(job('MUNICIPAL_LABOUR_MARKET', '2025-01-01', '2026-12-31')).toBe(false);
  });
});

describe('the retention schedule', () => {
  it('falls 3, 6 and 12 months after the first day of work', () => {
    expect(retentionSchedule('2025-03-10')).toEqual([
      { monthsAfterStart: 3, dueOn: '2025-06-10' },
      { monthsAfterStart: 6, dueOn: '2025-09-10' },
      { monthsAfterStart: 12, dueOn: '2026-03-10' },
    ]);
  });

  it('keeps a start at the month’s end at the end of shorter months', () => {
    expect(retentionSchedule('2025-08-31').map((check) => check.dueOn)).toEqual([
      '2025-11-30',
      '2026-02-28',
      '2026-08-31',
    ]);
    expect(retentionSchedule('2023-11-30').map((check) => check.dueOn)).toEqual([
      '2024-02-29',
      '2024-05-30',
      '2024-11-30',
    ]);
  });
});
