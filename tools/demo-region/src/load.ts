import { GatewayClient } from './gateway-client';
import { demoSeed, planRegion } from './plan';
import { regionOffices } from './region-data';
import { loadProviders } from './steps/activities';
import { loadAgreements } from './steps/agreements';
import { loadDevEmployer, loadEmployers } from './steps/employers';
import { loadLetters } from './steps/letters';
import { loadParticipants } from './steps/participants';
import { loadReferrals } from './steps/referrals';
import { loadControlBaseline, loadRollout } from './steps/rollout';
import { Tally } from './steps/tally';
import { loadTracks } from './steps/tracks';

export interface LoadOptions {
  /** The gateway's origin, e.g. http://127.0.0.1:4000. */
  gatewayUrl: string;
  seed?: number;
  /** Progress lines (no personal data). */
  log?: (line: string) => void;
}

export interface LoadResult {
  /** Per kind: how many were created and how many were already there. */
  counts: Record<string, { created: number; found: number }>;
  created: number;
  seconds: number;
}

/**
 * Loads the demo region through the gateway's public GraphQL API as the dev users, in dependency
 * order. Idempotent: what is found by its natural key (organisation number, identity number,
 * track name, office) is not written again.
 */
export async function loadDemoRegion(options: LoadOptions): Promise<LoadResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const region = planRegion(options.seed ?? demoSeed);
  const client = new GatewayClient(options.gatewayUrl);
  const tally = new Tally();
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const at = Date.now();
    const result = await run();
    log(`${name}: ${((Date.now() - at) / 1000).toFixed(1)} s`);
    return result;
  };

  // Tracks start once their employers and agreements are there; each waits for the cohort only
  // when it recruits.
  const participants = step('participants', () => loadParticipants(client, region, tally));
  // Its failure surfaces where it is awaited, not as an unhandled rejection before that.
  participants.catch(() => undefined);
  const [employers, devEmployer, agreements] = await Promise.all([
    step('employers', () => loadEmployers(client, region, tally)),
    step('dev employer', () => loadDevEmployer(client, region, tally)),
    step('agreements', () => loadAgreements(client, regionOffices, tally)),
    step('rollout', () => loadRollout(client, region, 'admin', tally)),
    step('control baseline', () => loadControlBaseline(client, region, 'analyst', tally)),
    step('referrals', () => loadReferrals(client, region, 'case_worker_botkyrka', tally)),
  ]);
  const providers = step('providers', () =>
    loadProviders(
      client,
      'officer',
      region.tracks.map((t) => t.office.municipalityCode),
      tally,
    ),
  );
  providers.catch(() => undefined);
  const letters = step('letters of intent', () =>
    loadLetters(client, region, employers, devEmployer, tally),
  );
  letters.catch(() => undefined);
  await step('job tracks', () =>
    loadTracks(client, region, {
      employers,
      devEmployer,
      participants,
      providers,
      agreements,
      staff: { caseWorker: 'case_worker_botkyrka', admin: 'admin' },
      tally,
    }),
  );
  await Promise.all([participants, letters]);
  return {
    counts: tally.summary(),
    created: tally.totalCreated,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}
