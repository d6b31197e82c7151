import { isValidIdentityNumber, isValidOrganisationNumber } from '@jobbnatet/domain-se';
import { testIdentityNumbers } from '@jobbnatet/testing';
import { planRegion } from './plan';
import { targets } from './region-data';

describe('the demo region plan', () => {
  const region = planRegion();
  const cohort = region.tracks.flatMap((track) => track.participants);

  it('is the same region on every run', () => {
    expect(planRegion()).toEqual(region);
    expect(planRegion(7)).not.toEqual(region);
  });

  it('admits the evaluation’s cohort of 283, each person once, with test personnummer only', () => {
    expect(cohort).toHaveLength(targets.cohortSize);
    const numbers = cohort.map((p) => p.identityNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const published = new Set(testIdentityNumbers());
    expect(numbers.filter((n) => !published.has(n) || !isValidIdentityNumber(n))).toEqual([]);
  });

  it('puts about 62 % in work and about 8 in 10 of them in acquired jobs', () => {
    const working = cohort.filter((p) => p.job !== null);
    expect(working.length / cohort.length).toBeCloseTo(0.62, 2);
    expect(working.filter((p) => p.job!.acquired).length / working.length).toBeCloseTo(0.8, 2);
    expect(cohort.filter((p) => p.job && p.job.startDate < p.admittedOn)).toEqual([]);
  });

  it('fills acquired vacancies with acquired jobs, never more than an employer’s positions', () => {
    const fills = new Map<string, number>();
    for (const track of region.tracks) {
      for (const { job } of track.participants) {
        if (!job?.fillsVacancy) continue;
        expect(job.acquired).toBe(true);
        const index = track.employers[job.employer];
        const employer = index === undefined ? region.devEmployer : region.employers[index]!;
        expect(job.startDate >= employer.contacts.at(-1)!.occurredOn).toBe(true);
        fills.set(employer.organisationNumber, (fills.get(employer.organisationNumber) ?? 0) + 1);
      }
    }
    const positions = new Map(
      [...region.employers, region.devEmployer].map((e) => [
        e.organisationNumber,
        e.acquiredPositions,
      ]),
    );
    expect([...fills].filter(([number, filled]) => filled > positions.get(number)!)).toEqual([]);
    expect([...fills.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  });

  it('has 40–60 employers whose organisation numbers validate and are unique', () => {
    expect(region.employers.length).toBeGreaterThanOrEqual(40);
    expect(region.employers.length).toBeLessThanOrEqual(60);
    const numbers = region.employers.map((e) => e.organisationNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.filter((n) => !isValidOrganisationNumber(n) || !n.startsWith('4'))).toEqual([]);
  });

  it('runs tracks in every phase and gives results only where the track is closing or closed', () => {
    expect(new Set(region.tracks.map((t) => t.design.phase)).size).toBe(6);
    for (const track of region.tracks) {
      const withResult = track.participants.filter((p) => p.result !== null).length;
      const closing = ['CLOSING', 'CLOSED'].includes(track.design.phase);
      expect([track.design.name, withResult]).toEqual([
        track.design.name,
        closing ? track.participants.length : 0,
      ]);
    }
  });

  it('has three of four rollout offices adopting the method', () => {
    const adopting = region.rollout.filter((o) => o.level !== 'NOT_STARTED').length;
    expect(adopting / region.rollout.length).toBeGreaterThan(0.7);
    expect(adopting / region.rollout.length).toBeLessThan(0.8);
  });
});
