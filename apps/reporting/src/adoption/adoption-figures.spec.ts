import { evidenceFigures, regionFigures } from './adoption-figures';

const levels = (full: number, partial: number, notStarted: number, unassessed = 0) => [
  ...Array<'FULL'>(full).fill('FULL'),
  ...Array<'PARTIAL'>(partial).fill('PARTIAL'),
  ...Array<'NOT_STARTED'>(notStarted).fill('NOT_STARTED'),
  ...Array<null>(unassessed).fill(null),
];

describe('the region’s adoption against its target', () => {
  it('meets 0.75 with 15 of 20 offices partly or fully adopting', () => {
    expect(regionFigures(levels(5, 10, 4, 1), 0.75)).toEqual({
      offices: 20,
      adopting: 15,
      share: 0.75,
      target: 0.75,
      met: true,
    });
  });

  it('misses 0.75 with 14 of 20, and counts an unassessed office as not adopting', () => {
    expect(regionFigures(levels(4, 10, 5, 1), 0.75)).toMatchObject({ adopting: 14, met: false });
  });

  it('compares the exact fraction, not the rounded share', () => {
    // 2 of 3 is 0.667 shown; a target of 0.667 is not quite met by 0.6666…
    expect(regionFigures(levels(2, 0, 1), 0.667)).toMatchObject({ share: 0.667, met: false });
    expect(regionFigures(levels(7, 0, 3), 0.7)).toMatchObject({ share: 0.7, met: true });
  });

  it('has no share and meets nothing without offices', () => {
    expect(regionFigures([], 0.75)).toMatchObject({ offices: 0, share: null, met: false });
  });
});

describe('evidence of the method at an office', () => {
  it('shows the persons from the minimum group size and withholds fewer, keeping seen and the date', () => {
    expect(evidenceFigures({ persons: 5, lastSeenOn: '2007-03-01' }, 5)).toEqual({
      seen: true,
      persons: { value: 5, suppressed: false },
      lastSeenOn: '2007-03-01',
    });
    expect(evidenceFigures({ persons: 2, lastSeenOn: '2007-03-01' }, 5).persons).toEqual({
      value: null,
      suppressed: true,
    });
    expect(evidenceFigures(undefined, 5)).toEqual({
      seen: false,
      persons: { value: null, suppressed: true },
      lastSeenOn: null,
    });
  });
});
