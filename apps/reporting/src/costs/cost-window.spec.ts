import fc from 'fast-check';
import {
  addMonths,
  admissionWindow,
  daysInWindow,
  type EnrolmentFacts,
  enrolmentCost,
  formatSek,
  interventionCostOre,
  perPersonOre,
  supportCostOre,
  toOre,
} from './cost-window';

const enrolment = (facts: Partial<EnrolmentFacts>): EnrolmentFacts => ({
  plannedFrom: '2026-03-01',
  costOre: 1_250_050,
  startedOn: null,
  interruptedFrom: null,
  completedCostOre: null,
  ...facts,
});

describe('the window of an admission', () => {
  it('runs the given months from the admission day, the end excluded', () => {
    expect(admissionWindow('2026-01-10', 18, null)).toEqual({
      from: '2026-01-10',
      until: '2027-07-10',
    });
  });

  it('falls on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 18)).toBe('2029-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('ends at the participant’s next admission, so a cost belongs to one admission only', () => {
    expect(admissionWindow('2026-01-10', 18, '2026-06-01').until).toBe('2026-06-01');
    expect(admissionWindow('2026-01-10', 6, '2027-01-01').until).toBe('2026-07-10');
  });
});

describe('activity support within the window', () => {
  const window = { from: '2026-01-10', until: '2026-07-10' };

  it('counts a period inside the window whole, both its days included', () => {
    expect(daysInWindow(window, '2026-02-01', '2026-02-28')).toBe(28);
    expect(
      supportCostOre(window, [{ fromDate: '2026-02-01', toDate: '2026-02-28', dailyOre: 36_500 }]),
    ).toBe(28 * 36_500);
  });

  it('clips a period that starts before the admission to the admission day', () => {
    expect(daysInWindow(window, '2025-12-01', '2026-01-20')).toBe(11);
  });

  it('clips a period that runs past the window to its last day', () => {
    // 2026-07-01 … 2026-07-09: the 10th is the first day after the window.
    expect(daysInWindow(window, '2026-07-01', '2026-08-31')).toBe(9);
  });

  it('clips a period crossing both edges to the window', () => {
    expect(daysInWindow(window, '2025-01-01', '2027-01-01')).toBe(181);
  });

  it('counts nothing of a period wholly outside', () => {
    expect(daysInWindow(window, '2025-01-01', '2026-01-09')).toBe(0);
    expect(daysInWindow(window, '2026-07-10', '2026-07-31')).toBe(0);
  });

  it('counts a one-day period on the admission day', () => {
    expect(daysInWindow(window, '2026-01-10', '2026-01-10')).toBe(1);
  });

  it('sums overlapping periods as recorded', () => {
    const periods = [
      { fromDate: '2026-02-01', toDate: '2026-02-10', dailyOre: 10_000 },
      { fromDate: '2026-02-06', toDate: '2026-02-15', dailyOre: 20_000 },
    ];
    expect(supportCostOre(window, periods)).toBe(10 * 10_000 + 10 * 20_000);
  });

  it('splitting a period at any day leaves the cost unchanged, wherever the window lies', () => {
    const day = fc.integer({ min: 0, max: 800 });
    fc.assert(
      fc.property(
        day,
        day,
        fc.integer({ min: 0, max: 400 }),
        day,
        fc.integer({ min: 1, max: 60 }),
        (a, b, cut, w, months) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const split = start + Math.min(cut, end - start);
          const date = (n: number) => addDays('2026-01-01', n);
          const win = admissionWindow(date(w), months, null);
          const whole = supportCostOre(win, [
            { fromDate: date(start), toDate: date(end), dailyOre: 3 },
          ]);
          const parts = [{ fromDate: date(start), toDate: date(split), dailyOre: 3 }];
          if (split < end)
            parts.push({ fromDate: date(split + 1), toDate: date(end), dailyOre: 3 });
          expect(supportCostOre(win, parts)).toBe(whole);
          expect(whole).toBeLessThanOrEqual((end - start + 1) * 3);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('intervention costs within the window', () => {
  const window = { from: '2026-01-10', until: '2026-07-10' };

  it('books a place on its planned start until it starts, then on the start day', () => {
    expect(enrolmentCost(enrolment({}))).toEqual({ ore: 1_250_050, on: '2026-03-01' });
    expect(enrolmentCost(enrolment({ startedOn: '2026-03-04' }))).toEqual({
      ore: 1_250_050,
      on: '2026-03-04',
    });
  });

  it('costs nothing for a place cancelled before it started', () => {
    expect(enrolmentCost(enrolment({ interruptedFrom: 'PLANNED' }))).toBeNull();
  });

  it('costs the full price for a place interrupted after it started', () => {
    expect(
      enrolmentCost(enrolment({ startedOn: '2026-03-02', interruptedFrom: 'ONGOING' })),
    ).toEqual({ ore: 1_250_050, on: '2026-03-02' });
  });

  it('takes the price stated on completion over the one at enrolment', () => {
    expect(enrolmentCost(enrolment({ completedCostOre: 900_000 }))?.ore).toBe(900_000);
  });

  it('counts nothing while the enrolment itself has not arrived', () => {
    expect(
      enrolmentCost(enrolment({ plannedFrom: null, costOre: null, startedOn: '2026-03-02' })),
    ).toBeNull();
  });

  it('counts places booked from the admission day up to the window’s end, excluded', () => {
    const places = ['2026-01-09', '2026-01-10', '2026-07-09', '2026-07-10'].map((on) =>
      enrolment({ plannedFrom: on, costOre: 100 }),
    );
    expect(interventionCostOre(window, places)).toBe(200);
  });
});

describe('money', () => {
  it('reads amounts into öre exactly', () => {
    expect(toOre('12500.50')).toBe(1_250_050);
    expect(toOre(365)).toBe(36_500);
    expect(toOre(0.29)).toBe(29);
  });

  it('prints öre as SEK with two decimals, negative too', () => {
    expect(formatSek(4_000_000)).toBe('40000.00');
    expect(formatSek(-4_000_005)).toBe('-40000.05');
    expect(formatSek(7)).toBe('0.07');
  });

  it('rounds a mean to the öre, half away from zero', () => {
    expect(perPersonOre(10, 4)).toBe(3);
    expect(perPersonOre(-10, 4)).toBe(-3);
    expect(perPersonOre(100, 3)).toBe(33);
  });
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
