import { type AdmissionCosts, costFigures } from './cost-figures';

const admitted = (support: number, intervention: number): AdmissionCosts => ({
  admittedOn: '2026-01-10',
  nextAdmittedOn: null,
  // One day of support at `support` öre, one place at `intervention` öre.
  support: [{ fromDate: '2026-02-01', toDate: '2026-02-01', dailyOre: support }],
  enrolments: [
    {
      plannedFrom: '2026-02-01',
      costOre: intervention,
      startedOn: null,
      interruptedFrom: null,
      completedCostOre: null,
    },
  ],
});

describe('cost figures of a cohort', () => {
  it('gives the mean per person and the difference to the baseline', () => {
    const cohort = [100, 200, 300, 400, 500].map((ore) => admitted(ore, ore * 10));
    expect(
      costFigures(cohort, 18, { activitySupportOre: 1_000, interventionOre: 2_000 }, 5),
    ).toEqual({
      participants: { value: 5, suppressed: false },
      activitySupportPerPerson: { value: '3.00', suppressed: false },
      interventionPerPerson: { value: '30.00', suppressed: false },
      activitySupportDifference: { value: '-7.00', suppressed: false },
      interventionDifference: { value: '10.00', suppressed: false },
    });
  });

  it('has no difference without a baseline, nor an intervention difference when the baseline has none', () => {
    const cohort = Array.from({ length: 5 }, () => admitted(100, 100));
    expect(costFigures(cohort, 18, null, 5)).toMatchObject({
      activitySupportDifference: null,
      interventionDifference: null,
    });
    expect(
      costFigures(cohort, 18, { activitySupportOre: 0, interventionOre: null }, 5),
    ).toMatchObject({
      activitySupportDifference: { value: '1.00', suppressed: false },
      interventionDifference: null,
    });
  });

  it('withholds every figure of a cohort under the minimum group size', () => {
    const cohort = Array.from({ length: 4 }, () => admitted(100, 100));
    const withheld = { value: null, suppressed: true };
    expect(costFigures(cohort, 18, { activitySupportOre: 0, interventionOre: 0 }, 5)).toEqual({
      participants: withheld,
      activitySupportPerPerson: withheld,
      interventionPerPerson: withheld,
      activitySupportDifference: withheld,
      interventionDifference: withheld,
    });
  });
});
