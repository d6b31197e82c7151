import { funnelFigures, type PersonStages } from './funnel-figures';

const reached = (stage: number): PersonStages => ({
  prerequisitesAssessed: stage >= 1,
  admitted: stage >= 2,
  completed: stage >= 3,
  employed: stage >= 4,
});
const times = (n: number, stage: number) => Array.from({ length: n }, () => reached(stage));
const shown = (value: number) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };

describe('funnel figures with small-group suppression', () => {
  it('counts each stage with everyone who reached it or went further', () => {
    const people = [...times(5, 0), ...times(5, 1), ...times(5, 2), ...times(5, 4)];
    expect(funnelFigures(people, 5)).toEqual({
      identified: shown(20),
      prerequisitesAssessed: shown(15),
      admitted: shown(10),
      completed: shown(5),
      employed: shown(5),
    });
  });

  it('withholds a stage whose drop-outs are too few, since the two stages shown would reveal them', () => {
    const f = funnelFigures([...times(2, 0), ...times(10, 2)], 5);
    expect(f.identified).toEqual(shown(12));
    expect(f.prerequisitesAssessed).toEqual(withheld);
    // The parts of a withheld stage are withheld too.
    expect([f.admitted, f.completed, f.employed]).toEqual([withheld, withheld, withheld]);
  });

  it('shows every stage when no one dropped out: an empty remainder singles out no one', () => {
    expect(funnelFigures([...times(6, 4), ...times(5, 3)], 5)).toEqual({
      identified: shown(11),
      prerequisitesAssessed: shown(11),
      admitted: shown(11),
      completed: shown(11),
      employed: shown(6),
    });
  });

  it('withholds every stage of an empty or tiny pipeline, zero included', () => {
    expect(Object.values(funnelFigures([], 5)).every((c) => c.suppressed)).toBe(true);
    expect(funnelFigures(times(4, 4), 5).identified).toEqual(withheld);
  });
});
