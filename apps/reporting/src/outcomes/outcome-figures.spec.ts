import { outcomeFigures, type PersonOutcome } from './outcome-figures';

const person = (change: Partial<PersonOutcome> = {}): PersonOutcome => ({
  form: null,
  subsidyKind: null,
  acquired: false,
  daysToJob: null,
  daysToUnsubsidisedJob: null,
  result: null,
  notHiredReason: null,
  retention: {},
  ...change,
});
const times = (n: number, change: Partial<PersonOutcome>) =>
  Array.from({ length: n }, () => person(change));
const unsubsidised = { form: 'UNSUBSIDISED', daysToJob: 30, daysToUnsubsidisedJob: 30 } as const;

describe('outcome figures with small-group suppression', () => {
  it('counts a cohort big enough in every cell exactly', () => {
    const people = [
      ...times(6, { ...unsubsidised, acquired: true, result: 'EMPLOYED', retention: { 3: true } }),
      ...times(5, { form: 'SUBSIDISED', subsidyKind: 'NYSTARTSJOBB', daysToJob: 60 }),
      ...times(5, { form: 'PREPARATORY', daysToJob: 90, result: 'EMPLOYED' }),
      ...times(6, { result: 'OTHER_INTERVENTION' }),
      ...times(5, { result: 'DISCONTINUED' }),
    ];
    const figures = outcomeFigures(people, 5);
    expect(figures.participants).toEqual({ value: 27, suppressed: false });
    expect(figures.inWork).toEqual({ value: 16, suppressed: false });
    expect(figures.inWorkShare).toEqual({ value: 0.593, suppressed: false });
    expect(figures.unsubsidised.value).toBe(6);
    expect(figures.subsidisedByKind).toEqual([
      { kind: 'NYSTARTSJOBB', count: { value: 5, suppressed: false } },
    ]);
    expect(figures.acquiredShare).toEqual({ value: 0.375, suppressed: false });
    expect(figures.otherIntervention.value).toBe(6);
    expect(figures.discontinued.value).toBe(5);
    expect(figures.medianDaysToJob).toEqual({ value: 60, suppressed: false });
    expect(figures.medianDaysToUnsubsidisedJob).toEqual({ value: 30, suppressed: false });
    expect(figures.retention[0]!.months).toBe(3);
  });

  it('withholds a count, share and median resting on fewer than the minimum', () => {
    const figures = outcomeFigures([...times(4, unsubsidised), ...times(10, {})], 5);
    expect(figures.participants.value).toBe(14);
    expect(figures.inWork).toEqual({ value: null, suppressed: true });
    expect(figures.inWorkShare).toEqual({ value: null, suppressed: true });
    expect(figures.medianDaysToJob).toEqual({ value: null, suppressed: true });
  });

  it('never lets a withheld part be recovered by subtracting shown cells of the same answer', () => {
    const people = [
      ...times(8, unsubsidised),
      ...times(2, { form: 'SUBSIDISED', subsidyKind: 'LONEBIDRAG', daysToJob: 10 }),
      ...times(6, { form: 'PREPARATORY', daysToJob: 10 }),
      ...times(6, {}),
    ];
    const f = outcomeFigures(people, 5);
    expect(f.inWork.value).toBe(16);
    expect(f.subsidised.suppressed).toBe(true);
    // inWork − unsubsidised − preparatory would give subsidised: one of them goes too.
    const shownForms = [f.unsubsidised, f.subsidised, f.preparatory].filter((c) => !c.suppressed);
    expect(shownForms).toHaveLength(1);
    // The parts of a withheld total are withheld too.
    expect(f.subsidisedByKind.every(({ count }) => count.suppressed)).toBe(true);
  });

  it('withholds in-work when the persons not in work are too few, since participants − in work reveals them', () => {
    const f = outcomeFigures([...times(10, unsubsidised), ...times(2, {})], 5);
    expect(f.participants.value).toBe(12);
    expect(f.inWork.suppressed).toBe(true);
  });

  it('counts the reasons for not being hired, withholding a reason the others would reveal', () => {
    const notHired = (
      reason: string,
      n: number,
      result: PersonOutcome['result'] = 'OTHER_INTERVENTION',
    ) => times(n, { result, notHiredReason: reason });
    const shownReasons = outcomeFigures(
      [
        ...notHired('LANGUAGE', 6),
        ...notHired('HEALTH', 5, 'DISCONTINUED'),
        ...times(6, { ...unsubsidised, result: 'EMPLOYED' }),
        ...times(5, {}),
      ],
      5,
    ).notHiredReasons;
    expect(shownReasons).toEqual([
      { reasonCode: 'HEALTH', count: { value: 5, suppressed: false } },
      { reasonCode: 'LANGUAGE', count: { value: 6, suppressed: false } },
    ]);
    // 2 SKILLS_GAP is too few, and those not hired (other + discontinued) − the shown reasons would
    // reveal it: the smallest shown reason goes too.
    const f = outcomeFigures(
      [
        ...notHired('LANGUAGE', 9),
        ...notHired('SKILLS_GAP', 2),
        ...notHired('HEALTH', 5, 'DISCONTINUED'),
      ],
      5,
    );
    expect(f.otherIntervention.value).toBe(11);
    expect(f.notHiredReasons.filter(({ count }) => !count.suppressed)).toHaveLength(1);
  });

  it('shows every closing result when each admitted person has one', () => {
    const f = outcomeFigures(
      [
        ...times(6, { ...unsubsidised, result: 'EMPLOYED' }),
        ...times(5, { result: 'OTHER_INTERVENTION' }),
        ...times(5, { result: 'DISCONTINUED' }),
      ],
      5,
    );
    expect([f.otherIntervention, f.discontinued]).toEqual([
      { value: 5, suppressed: false },
      { value: 5, suppressed: false },
    ]);
  });

  it('honours a configured minimum group size', () => {
    const people = times(3, unsubsidised);
    expect(outcomeFigures(people, 3).participants.value).toBe(3);
    expect(outcomeFigures(people, 4).participants.suppressed).toBe(true);
  });
});
