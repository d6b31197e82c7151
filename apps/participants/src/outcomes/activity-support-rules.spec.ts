import fc from 'fast-check';
import {
  activitySupportCostOre,
  costWindow,
  overlappingDays,
  overlaps,
  validateActivitySupport,
} from './activity-support-rules';
import { addDays } from './date-rules';

const field = (input: { fromDate: string; toDate: string; dailyAmount: number }) => {
  try {
    validateActivitySupport(input);
    return 'accepted';
  } catch (error) {
    return (error as { field?: string }).field;
  }
};

describe('an activity-support period', () => {
  it('keeps the daily amount in whole öre', () => {
    expect(
      validateActivitySupport({ fromDate: '2025-01-01', toDate: '2025-01-31', dailyAmount: 0.07 }),
    ).toEqual({ fromDate: '2025-01-01', toDate: '2025-01-31', dailyAmountOre: 7 });
  });

  it.each([
    [{ fromDate: '2025-01-02', toDate: '2025-01-01', dailyAmount: 100 }, 'toDate'],
    [{ fromDate: '2025-02-30', toDate: '2025-03-01', dailyAmount: 100 }, 'fromDate'],
    [{ fromDate: '2025-01-01', toDate: '2025-01-01', dailyAmount: -0.01 }, 'dailyAmount'],
    [{ fromDate: '2025-01-01', toDate: '2025-01-01', dailyAmount: 10_000.01 }, 'dailyAmount'],
    [{ fromDate: '2025-01-01', toDate: '2025-01-01', dailyAmount: 1.005 }, 'dailyAmount'],
    [{ fromDate: '2025-01-01', toDate: '2025-01-01', dailyAmount: NaN }, 'dailyAmount'],
    [{ fromDate: '2025-01-01', toDate: '2025-01-01', dailyAmount: 0 }, 'accepted'],
    [{ fromDate: '2025-01-01', toDate: '2025-01-01', dailyAmount: 10_000 }, 'accepted'],
  ])('%j: %s', (input, expected) => {
    expect(field(input)).toBe(expected);
  });
});

describe('overlapping periods', () => {
  const p = (fromDate: string, toDate: string) => ({ fromDate, toDate });

  it('overlap when they share a day, not when one ends the day before the other starts', () => {
    expect(overlaps(p('2025-01-01', '2025-01-31'), p('2025-01-31', '2025-02-28'))).toBe(true);
    expect(overlaps(p('2025-01-01', '2025-01-30'), p('2025-01-31', '2025-02-28'))).toBe(false);
    expect(overlaps(p('2025-01-10', '2025-01-12'), p('2025-01-01', '2025-01-31'))).toBe(true);
  });

  it('is symmetric and agrees with the days they share', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2024-01-01', n));
    const period = fc
      .tuple(day, fc.integer({ min: 0, max: 200 }))
      .map(([from, length]) => p(from, addDays(from, length)));
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(overlaps(a, b)).toBe(overlappingDays(a, b) > 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('activity-support cost over a window', () => {
  it('sums each daily amount times its days inside the window', () => {
    const periods = [
      { fromDate: '2025-01-01', toDate: '2025-01-31', dailyAmountOre: 36_500 },
      { fromDate: '2025-02-01', toDate: '2025-03-31', dailyAmountOre: 22_333 },
    ];
    // 16 days of January at 365 kr, 28 of February at 223.33 kr.
    expect(activitySupportCostOre(periods, { fromDate: '2025-01-16', toDate: '2025-02-28' })).toBe(
      16 * 36_500 + 28 * 22_333,
    );
    expect(activitySupportCostOre(periods, { fromDate: '2026-01-01', toDate: '2026-12-31' })).toBe(
      0,
    );
  });

  it('refuses a window that ends before it starts, naming to', () => {
    expect(() => costWindow('2025-02-01', '2025-01-31')).toThrow(
      expect.objectContaining({ field: 'to' }),
    );
  });
});
