import fc from 'fast-check';
import { addDays } from './date-rules';
import { checkDate, dueOnBounds, retentionState, validateRetentionCheck } from './retention-rules';

const day = fc.integer({ min: 0, max: 20_000 }).map((offset) => addDays('2001-01-01', offset));

describe('where a retention check stands', () => {
  const dueOn = '2025-06-10';
  it.each([
    ['2025-05-26', 'UPCOMING'],
    ['2025-05-27', 'DUE'],
    ['2025-06-10', 'DUE'],
    ['2025-07-10', 'DUE'],
    ['2025-07-11', 'OVERDUE'],
  ])('on %s it is %s', (today, state) => {
    expect(retentionState({ dueOn, checked: false }, today)).toBe(state);
  });

  it('is CHECKED once recorded, even long after', () => {
    expect(retentionState({ dueOn, checked: true }, '2027-01-01')).toBe('CHECKED');
  });

  it('lists by due date exactly the checks in each state', () => {
    const within = ({ from, to }: { from: string | null; to: string | null }, date: string) =>
      (from === null || date >= from) && (to === null || date <= to);
    fc.assert(
      fc.property(day, day, (dueOn, today) => {
        const state = retentionState({ dueOn, checked: false }, today);
        expect(within(dueOnBounds(['DUE'], today), dueOn)).toBe(state === 'DUE');
        expect(within(dueOnBounds(['OVERDUE'], today), dueOn)).toBe(state === 'OVERDUE');
        expect(within(dueOnBounds(['DUE', 'OVERDUE'], today), dueOn)).toBe(state !== 'UPCOMING');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('recording a retention check', () => {
  it('refuses a result that is no code and a date that is none, naming each', () => {
    expect(() =>
      validateRetentionCheck({ checkId: 'x', result: 'MAYBE', checkedOn: '2025-01-01' }),
    ).toThrow(expect.objectContaining({ field: 'result' }));
    expect(() =>
      validateRetentionCheck({ checkId: 'x', result: 'UNKNOWN', checkedOn: '2025-13-01' }),
    ).toThrow(expect.objectContaining({ field: 'checkedOn' }));
  });

  it('refuses a check before the job started or in the future', () => {
    expect(() => checkDate('2025-02-28', '2025-03-01', '2025-06-01')).toThrow(
      expect.objectContaining({ field: 'checkedOn' }),
    );
    expect(() => checkDate('2025-06-02', '2025-03-01', '2025-06-01')).toThrow(
      expect.objectContaining({ field: 'checkedOn' }),
    );
    expect(() => checkDate('2025-03-01', '2025-03-01', '2025-06-01')).not.toThrow();
  });
});
