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
 * API (fed only by Kafka). Other suites admit in 2027, so a window over the region's admission
 * dates (2024-11 up to the region's "today") is the region's cohort alone.
 */
const cohortWindow = { from: '2024-11-01', to: regionToday };

const figuresQuery = `query F($outcomes: OutcomesFilter, $costs: CostsFilter) {
  outcomes(filter: $outcomes) {
    participants { value } inWork { value } inWorkShare { value } acquired { value } acquiredShare { value }
    retention { months checked { value } share { value } }
  }
  operations { offices { officeId tracksByPhase { phase tracks } } }
  adoption { region { offices adopting share target } }
  costs(filter: $costs) { participants { value } baseline { groupSize } }
}`;

interface Figures {
  outcomes: {
    participants: { value: number | null };
    inWork: { value: number | null };
    inWorkShare: { value: number | null };
    acquired: { value: number | null };
    acquiredShare: { value: number | null };
    retention: {
      months: number;
      checked: { value: number | null };
      share: { value: number | null };
    }[];
  };
  operations: {
    offices: { officeId: string; tracksByPhase: { phase: string; tracks: number }[] }[];
  };
  adoption: { region: { offices: number; adopting: number; share: number | null; target: number } };
  costs: { participants: { value: number | null }; baseline: { groupSize: number } | null };
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
    const figures = await expectEventually(
      async () => {
        const answer = await ok<Figures>(analyst, figuresQuery, {
          outcomes: cohortWindow,
          costs: { ...cohortWindow, countyCode: '01' },
        });
        expect(answer.outcomes.participants.value).toBe(targets.cohortSize);
        // The last events the load publishes: retention checks of the earliest jobs.
        expect(answer.outcomes.retention[2]!.checked.value).toBeGreaterThan(10);
        return answer;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const { outcomes, operations, adoption, costs } = figures;
    // The cohort's costs against the control group's baseline.
    expect(costs.participants.value).toBe(targets.cohortSize);
    expect(costs.baseline).toEqual({ groupSize: planRegion().baseline.groupSize });
    // About 62 % in work, about 8 in 10 of them in jobs acquired through the employer work.
    expect(outcomes.inWorkShare.value).toBeGreaterThan(0.57);
    expect(outcomes.inWorkShare.value).toBeLessThan(0.67);
    expect(outcomes.acquiredShare.value).toBeGreaterThan(0.75);
    expect(outcomes.acquiredShare.value).toBeLessThan(0.85);
    expect(outcomes.acquired.value).toBeLessThan(outcomes.inWork.value!);
    // Retention checked at 3 and 6 months wherever due: most are still employed, a few have left.
    expect(outcomes.retention.map((r) => r.months)).toEqual([3, 6, 12]);
    for (const { checked, share } of outcomes.retention.slice(0, 2)) {
      expect(checked.value).toBeGreaterThan(50);
      expect(share.value).toBeGreaterThan(0.75);
      expect(share.value).toBeLessThan(0.95);
    }

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
    expect(adoption.region.offices).toBeGreaterThanOrEqual(planRegion().rollout.length);
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
    const after = await ok<Figures>(analyst, figuresQuery, {
      outcomes: cohortWindow,
      costs: { ...cohortWindow, countyCode: '01' },
    });
    expect(after.outcomes.participants.value).toBe(targets.cohortSize);
  }, 300_000);
});
