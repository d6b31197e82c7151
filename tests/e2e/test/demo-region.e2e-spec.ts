import {
  loadDemoRegion,
  planRegion,
  regionToday,
  targets,
  trackDesigns,
} from '@jobbnatet/demo-region';
import { expectEventually } from '@jobbnatet/testing';
import { gatewayUrl, login } from './support/platform';
import { ok } from './support/fixtures';

/**
 * The demo region loaded through the gateway as the dev users, read back through the reporting
 * API (fed only by Kafka). Reporting reads every event the broker holds, other suites' and earlier
 * runs' included, so the region's figures are read per track of this run, by the track's id.
 */
const trackFigures = `query T($outcomes: OutcomesFilter, $costs: CostsFilter) {
  outcomes(filter: $outcomes) {
    participants { value } inWork { value } acquired { value } retention { months checked { value } }
  }
  costs(filter: $costs) { participants { value } baseline { groupSize } }
}`;

interface TrackFigures {
  outcomes: {
    participants: { value: number | null };
    inWork: { value: number | null };
    acquired: { value: number | null };
    retention: { months: number; checked: { value: number | null } }[];
  };
  costs: { participants: { value: number | null }; baseline: { groupSize: number } | null };
}

const regionFigures = `{
  operations { offices { officeId tracksByPhase { phase tracks } } }
  adoption { region { offices adopting share target } }
}`;

interface RegionFigures {
  operations: {
    offices: { officeId: string; tracksByPhase: { phase: string; tracks: number }[] }[];
  };
  adoption: { region: { offices: number; adopting: number; share: number | null; target: number } };
}

/** The region's tracks as this run created them: id by name, as each office's officer sees them. */
async function loadedTracks(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const names = new Set(trackDesigns.map((t) => t.name));
  for (const officer of new Set(planRegion().tracks.map((t) => t.office.officer))) {
    const { jobTracks } = await ok<{ jobTracks: { id: string; name: string }[] }>(
      await login(officer),
      `{ jobTracks(first: 200) { id name } }`,
    );
    for (const track of jobTracks) if (names.has(track.name)) ids.set(track.name, track.id);
  }
  return ids;
}

const origin = new URL(gatewayUrl).origin;
/** apps/employers' development seed, the `employer_contact` login's employer. */
const devEmployerId = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1';

describe('the demo region', () => {
  it('loads through the gateway and shows the evaluation’s figures in reporting; a second run adds nothing', async () => {
    const first = await loadDemoRegion({
      gatewayUrl: origin,
      log: (line) => process.stderr.write(`[demo-region] ${line}\n`),
    });
    expect(first.created).toBeGreaterThan(0);

    const analyst = await login('analyst');
    const ids = await loadedTracks();
    const region = planRegion();
    const closed = region.tracks.find((t) => t.design.phase === 'CLOSED')!;
    const figuresOf = async (name: string) =>
      ok<TrackFigures>(analyst, trackFigures, {
        outcomes: { trackId: ids.get(name) },
        costs: { trackId: ids.get(name), countyCode: '01', from: '2024-11-01', to: regionToday },
      });
    // Track by track, every figure reporting shows is the plan's (small groups are withheld), and
    // the tracks add up to the evaluation's cohort of 283; waited for, as reporting reads Kafka.
    const shown = await expectEventually(
      async () => {
        let cohort = 0;
        const counted = { inWork: 0, acquired: 0 };
        for (const track of region.tracks) {
          const { outcomes } = await figuresOf(track.design.name);
          const working = track.participants.filter((p) => p.job !== null);
          const expected = {
            participants: track.participants.length,
            inWork: working.length,
            acquired: working.filter((p) => p.job!.acquired).length,
          };
          for (const figure of ['participants', 'inWork', 'acquired'] as const) {
            const value = outcomes[figure].value;
            expect({ track: track.design.name, figure, value }).toEqual({
              track: track.design.name,
              figure,
              value: value === null ? null : expected[figure],
            });
            if (figure !== 'participants' && value !== null) counted[figure]++;
          }
          cohort += outcomes.participants.value ?? 0;
        }
        expect(cohort).toBe(targets.cohortSize);
        return counted;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(shown.inWork).toBeGreaterThanOrEqual(6);
    expect(shown.acquired).toBeGreaterThanOrEqual(3);

    // The closed track: retention checked at 3 and 6 months, its costs against the control
    // group's baseline.
    const closedFigures = await expectEventually(async () => {
      const figures = await figuresOf(closed.design.name);
      expect(figures.outcomes.retention.map((r) => r.months)).toEqual([3, 6, 12]);
      for (const { checked } of figures.outcomes.retention.slice(0, 2)) {
        expect(checked.value).toBeGreaterThan(10);
      }
      return figures;
    });
    expect(closedFigures.costs.participants.value).toBe(closed.participants.length);
    expect(closedFigures.costs.baseline).toEqual({ groupSize: region.baseline.groupSize });

    const { operations, adoption } = await ok<RegionFigures>(analyst, regionFigures);
    // Every phase holds at least the region's tracks in it.
    const perPhase = new Map<string, number>();
    for (const office of operations.offices) {
      for (const { phase, tracks } of office.tracksByPhase) {
        perPhase.set(phase, (perPhase.get(phase) ?? 0) + tracks);
      }
    }
    const phases = [...new Set(trackDesigns.map((t) => t.phase))];
    const populated = (phase: string) =>
      (perPhase.get(phase) ?? 0) >= trackDesigns.filter((t) => t.phase === phase).length;
    expect(phases.filter((phase) => !populated(phase))).toEqual([]);
    expect(phases).toHaveLength(6);

    // Three of four rollout offices use the method partly or fully.
    expect(adoption.region.offices).toBeGreaterThanOrEqual(region.rollout.length);
    expect(adoption.region.share).toBeGreaterThan(0.65);
    expect(adoption.region.share).toBeLessThan(0.85);

    // The employer contact's login has real scope: its employer, seeded, with an approved letter.
    const contact = await login('employer_contact');
    const { employer } = await ok<{
      employer: { name: string; lettersOfIntent: { status: string }[] } | null;
    }>(contact, `{ employer(id: "${devEmployerId}") { name lettersOfIntent { status } } }`);
    expect(employer).toEqual({
      name: 'Testbolaget Södertälje AB',
      lettersOfIntent: [{ status: 'APPROVED' }],
    });

    // Acquired vacancies at Södertälje's employers are partly filled by the people admitted.
    const officer = await login('officer');
    const { employers } = await ok<{
      employers: {
        nodes: { acquiredVacancies: { positions: number; positionsFilled: number }[] }[];
      };
    }>(
      officer,
      `{ employers(first: 50, filter: { officeId: "af-sodertalje" }) {
        nodes { acquiredVacancies { positions positionsFilled } } } }`,
    );
    const vacancies = employers.nodes.flatMap((e) => e.acquiredVacancies);
    expect(vacancies.reduce((sum, v) => sum + v.positionsFilled, 0)).toBeGreaterThan(0);

    // The catalogue's offerings come from Arbetsförmedlingen, municipalities and suppliers.
    const { providers } = await ok<{ providers: { kind: string }[] }>(
      officer,
      `{ providers { kind } }`,
    );
    expect(new Set(providers.map((p) => p.kind))).toEqual(
      new Set(['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'SUPPLIER']),
    );

    const second = await loadDemoRegion({ gatewayUrl: origin });
    expect(second.created).toBe(0);
    expect(await loadedTracks()).toEqual(ids);
  }, 300_000);
});
