import { createPrivateKey } from 'node:crypto';
import { cpus } from 'node:os';
import { identityHeader, signIdentity } from '@jobbnatet/contracts';
import { devSecrets, serviceDatabaseName, subgraphNames } from '@jobbnatet/infra-local';
import { JsonLogger, openDataSource, PiiCipher } from '@jobbnatet/service-kit';
import { devLogin } from '@jobbnatet/testing';
import type { Benchmark, BenchmarkResult, Figure } from '../benchmark';
import { officeId, subjectOf } from '../support/graphql-client';
import { loadTest } from '../support/http-load';
import { seedParticipants } from '../support/participants-seed';
import { benchDatabaseSuffix, startBenchPlatform } from '../support/platform';
import { progress } from '../support/progress';
import { summarize } from '../support/stats';
import { Teardown } from '../support/teardown';

const settings = {
  participantsInOffice: 100_000,
  participantsAtOtherOffices: 3_000,
  registeredOverDays: 730,
  pageSizes: '20, 100',
  deepPage: 200,
  warmUpRequests: 20,
  /** Per case and path, spread over `rounds` so that every case sees the same machine. */
  requestsDirect: 200,
  requestsGateway: 100,
  rounds: 4,
  connections: 1,
  order: 'seed, walk the cursors, check every case against SQL, warm up, then rounds of every case',
};

const targetP50Ms = 10;
const otherOffices = ['af-solna', 'af-kista', 'af-norrtalje'];

/** What an officer's list shows: the row's name, status, date and identity number. */
const listQuery = (withCount: boolean) => `query BenchOfficeList($first: Int!, $after: String) {
  participants(first: $first, after: $after) {
    ${withCount ? 'totalCount ' : ''}edges { cursor node { id pseudonym givenName familyName status registeredAt identityNumber } }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** Only the cursors: how the run finds page 200 once, before anything is measured. */
const walkQuery = `query BenchOfficeWalk($first: Int!, $after: String) {
  participants(first: $first, after: $after) { pageInfo { endCursor hasNextPage } }
}`;

interface Page {
  totalCount?: number;
  edges: { cursor: string; node: { id: string; identityNumber: string | null } }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

interface Case {
  label: string;
  size: number;
  page: number;
  withCount: boolean;
  query: string;
  variables: Record<string, unknown>;
}

interface Timed {
  latencies: number[];
  ok: number;
  seconds: number;
  bad: number;
}

async function run(): Promise<BenchmarkResult> {
  const teardown = new Teardown();
  try {
    const { infra, platform } = await startBenchPlatform(teardown);
    const token = await devLogin(platform.gatewayUrl, 'officer');
    const userId = subjectOf(token);
    const secrets = devSecrets(subgraphNames);
    const keys = secrets.pii.participants!;

    const dataSource = await openDataSource({
      serverUrl: infra.databaseUrl,
      database: serviceDatabaseName('participants', benchDatabaseSuffix),
      entities: [],
      migrations: [],
      logger: new JsonLogger('bench', 'error'),
      poolSize: 2,
    });
    teardown.add('the seeding connection', () => dataSource.destroy());

    const seedStarted = performance.now();
    progress(
      `seeding ${settings.participantsInOffice} participants in ${officeId} and ${settings.participantsAtOtherOffices} elsewhere`,
    );
    const staff = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `${String(i + 1).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`,
      );
    const seed = await seedParticipants(
      dataSource,
      new PiiCipher(keys.encryptionKeys, keys.blindIndexKeys),
      {
        offices: [
          { officeId, participants: settings.participantsInOffice },
          ...otherOffices.map((other) => ({
            officeId: other,
            participants: Math.round(settings.participantsAtOtherOffices / otherOffices.length),
          })),
        ],
        spreadDays: settings.registeredOverDays,
        now: new Date(),
        seed: 13,
      },
      { [officeId]: [userId, ...staff(24)] },
    );
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const visible = seed.visible.get(officeId)!;
    progress(
      `seeded ${seed.participants} participants (${visible} visible in ${officeId}) and ${seed.consents} consents in ${seedSeconds.toFixed(1)} s`,
    );

    const key = createPrivateKey(secrets.identitySigningKey);
    const identity = { userId, role: 'officer' as const, officeId, correlationId: 'bench' };
    const sign = (query: string, variables: Record<string, unknown>) =>
      signIdentity(identity, {
        key,
        keyId: secrets.identitySigningKeyId,
        audience: 'participants',
        operation: { query, variables },
      });
    const direct = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(platform.subgraphUrls.participants, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [identityHeader]: await sign(query, variables),
        },
        body: JSON.stringify({ query, variables }),
      });
      return response.text();
    };
    const gatewayHeaders = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

    // Page 200's cursor, found by walking 199 pages once per page size.
    const cases: Case[] = [];
    for (const size of [20, 100]) {
      progress(
        `walking ${settings.deepPage - 1} pages of ${size} to find page ${settings.deepPage}`,
      );
      let after: string | null = null;
      for (let page = 1; page < settings.deepPage; page++) {
        const text = await direct(walkQuery, { first: size, after });
        const data = (JSON.parse(text) as { data?: { participants: Page } }).data;
        after = data?.participants.pageInfo.endCursor ?? null;
        if (!after) throw new Error(`walk stopped at page ${page}: ${text.slice(0, 300)}`);
      }
      for (const page of [1, settings.deepPage]) {
        for (const withCount of [false, true]) {
          cases.push({
            label: `first ${size}, page ${page}, ${withCount ? 'with' : 'no'} totalCount`,
            size,
            page,
            withCount,
            query: listQuery(withCount),
            variables: page === 1 ? { first: size } : { first: size, after },
          });
        }
      }
    }

    // Each case must answer exactly the rows SQL says are on that page, the same on both paths,
    // before its speed means anything; every measured response must then be that same body.
    const expected = new Map<Case, { direct: string; gateway: string }>();
    for (const benchCase of cases) {
      const body = JSON.stringify({ query: benchCase.query, variables: benchCase.variables });
      const directText = await direct(benchCase.query, benchCase.variables);
      const gatewayResponse = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: gatewayHeaders,
        body,
      });
      const gatewayText = await gatewayResponse.text();
      const page = (JSON.parse(directText) as { data?: { participants: Page } }).data?.participants;
      const gatewayData = JSON.stringify((JSON.parse(gatewayText) as { data?: unknown }).data);
      const rows = (await dataSource.query(
        `SELECT id FROM participant WHERE office_id = $1 AND status <> 'ERASED'
         ORDER BY registered_at DESC, id DESC OFFSET $2 LIMIT $3`,
        [officeId, (benchCase.page - 1) * benchCase.size, benchCase.size],
      )) as { id: string }[];
      const problem = !page
        ? `no page: ${directText.slice(0, 300)}`
        : JSON.stringify(page.edges.map((edge) => edge.node.id)) !==
            JSON.stringify(rows.map((row) => row.id))
          ? 'rows differ from what SQL finds on that page'
          : page.edges.some((edge) => !edge.node.identityNumber)
            ? 'a row without its identity number'
            : benchCase.withCount && page.totalCount !== visible
              ? `totalCount ${page.totalCount} instead of ${visible}`
              : gatewayData !== JSON.stringify({ participants: page })
                ? `the gateway answered differently: ${gatewayText.slice(0, 300)}`
                : undefined;
      if (problem) throw new Error(`${benchCase.label}: ${problem}`);
      expected.set(benchCase, { direct: directText, gateway: gatewayText });
    }

    /** `amount` requests of one case, one at a time; each direct one with its own fresh identity. */
    const measure = async (
      benchCase: Case,
      path: 'direct' | 'gateway',
      amount: number,
    ): Promise<Timed> => {
      const body = JSON.stringify({ query: benchCase.query, variables: benchCase.variables });
      const bodies = expected.get(benchCase)!;
      let perRequest: (() => Record<string, string>) | undefined;
      if (path === 'direct') {
        const pool = await Promise.all(
          Array.from({ length: amount + 5 }, () => sign(benchCase.query, benchCase.variables)),
        );
        let next = 0;
        perRequest = () => ({ [identityHeader]: pool[Math.min(next++, pool.length - 1)]! });
      }
      const started = performance.now();
      const result = await loadTest({
        url: path === 'direct' ? platform.subgraphUrls.participants : platform.gatewayUrl,
        body,
        headers: path === 'direct' ? { 'content-type': 'application/json' } : gatewayHeaders,
        durationSeconds: 0,
        amount,
        connections: settings.connections,
        expectBody: path === 'direct' ? bodies.direct : bodies.gateway,
        ...(perRequest ? { headersPerRequest: perRequest } : {}),
        keepSamples: true,
      });
      return {
        latencies: result.samples ?? [],
        ok: result.ok,
        // autocannon reports whole seconds; a run of 50 requests needs the real clock.
        seconds: (performance.now() - started) / 1000,
        bad: result.non2xx + result.errors + result.timeouts + result.mismatches,
      };
    };

    progress(`warming up: ${settings.warmUpRequests} requests per case and path`);
    for (const benchCase of cases) {
      await measure(benchCase, 'direct', settings.warmUpRequests);
      await measure(benchCase, 'gateway', settings.warmUpRequests);
    }

    const [logBefore] = (await dataSource.query(
      'SELECT count(*)::int AS count FROM access_log WHERE user_id = $1',
      [userId],
    )) as [{ count: number }];
    const timings = new Map<Case, { direct: Timed[]; gateway: Timed[] }>(
      cases.map((benchCase) => [benchCase, { direct: [], gateway: [] }]),
    );
    for (let round = 1; round <= settings.rounds; round++) {
      progress(`round ${round} of ${settings.rounds}: every case, direct then through the gateway`);
      for (const benchCase of cases) {
        const timing = timings.get(benchCase)!;
        timing.direct.push(
          await measure(benchCase, 'direct', settings.requestsDirect / settings.rounds),
        );
        timing.gateway.push(
          await measure(benchCase, 'gateway', settings.requestsGateway / settings.rounds),
        );
      }
    }
    const [logAfter] = (await dataSource.query(
      'SELECT count(*)::int AS count FROM access_log WHERE user_id = $1',
      [userId],
    )) as [{ count: number }];
    const expectedEntries = cases.reduce(
      (sum, benchCase) =>
        sum + benchCase.size * (settings.requestsDirect + settings.requestsGateway),
      0,
    );

    const plans = await queryPlans(dataSource, officeId);

    const combine = (parts: Timed[]) => {
      const latencies = parts.flatMap((part) => part.latencies);
      const ok = parts.reduce((sum, part) => sum + part.ok, 0);
      const seconds = parts.reduce((sum, part) => sum + part.seconds, 0);
      return {
        latencyMs: summarize(latencies),
        requestsPerSecond: ok / seconds,
        ok,
        bad: parts.reduce((sum, part) => sum + part.bad, 0),
      };
    };
    const results = cases.map((benchCase) => {
      const timing = timings.get(benchCase)!;
      return { benchCase, direct: combine(timing.direct), gateway: combine(timing.gateway) };
    });

    const figures: Figure[] = results.flatMap(({ benchCase, direct, gateway }) => [
      {
        label: `${benchCase.label}: direct p50`,
        value: direct.latencyMs.p50,
        unit: 'ms',
        compared: { with: 'target p50', value: targetP50Ms },
      },
      { label: `${benchCase.label}: direct p99`, value: direct.latencyMs.p99, unit: 'ms' },
      {
        label: `${benchCase.label}: direct req/s`,
        value: direct.requestsPerSecond,
        unit: 'req/s',
      },
      {
        label: `${benchCase.label}: gateway p50`,
        value: gateway.latencyMs.p50,
        unit: 'ms',
        compared: { with: 'direct', value: direct.latencyMs.p50 },
      },
      {
        label: `${benchCase.label}: gateway p99`,
        value: gateway.latencyMs.p99,
        unit: 'ms',
        compared: { with: 'direct', value: direct.latencyMs.p99 },
      },
    ]);
    const bad = results.flatMap(({ benchCase, direct, gateway }) => [
      ...(direct.bad ? [`${benchCase.label}: ${direct.bad} bad direct responses`] : []),
      ...(gateway.bad ? [`${benchCase.label}: ${gateway.bad} bad gateway responses`] : []),
    ]);

    return {
      settings,
      figures,
      notes: [
        ...bad,
        `one request at a time (${settings.connections} connection): the latency one officer sees on an otherwise idle service; req/s is its inverse, not a throughput limit.`,
        `seeded ${seed.participants} participants (${visible} not erased in ${officeId}, ${seed.withTestIdentityNumber} with Skatteverket test numbers) and ${seed.consents} consents in ${seedSeconds.toFixed(1)} s, then VACUUM ANALYZE.`,
        `access log: ${logAfter.count - logBefore.count} entries written while measuring (expected ${expectedEntries}: one per row of every page).`,
        `page query plan: ${plans.page.summary}; count plan: ${plans.count.summary}.`,
        `the load generator, the gateway, the subgraph, PostgreSQL and Kafka share the same ${cpus().length} cores.`,
      ],
      details: {
        query: listQuery(true),
        seed: { ...seed, visible: Object.fromEntries(seed.visible), seconds: seedSeconds },
        cases: results.map(({ benchCase, direct, gateway }) => ({
          label: benchCase.label,
          variables: benchCase.variables,
          direct,
          gateway,
        })),
        plans,
      },
    };
  } finally {
    await teardown.run();
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements the service runs for an officer's first page and
 * its count (the same SQL shape as ParticipantsService.page; kept here for the record only).
 */
async function queryPlans(
  dataSource: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  office: string,
): Promise<Record<'page' | 'count', { summary: string; plan: string[] }>> {
  const explain = async (sql: string, parameters: unknown[]) => {
    const rows = (await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters)) as {
      'QUERY PLAN': string;
    }[];
    const plan = rows.map((row) => row['QUERY PLAN']);
    const nodes = plan
      .filter((line) => /(Scan|Sort|Aggregate)/.test(line) && !line.includes('SubPlan'))
      .map((line) => line.replace(/^[\s>-]+/, '').replace(/\s+\(cost.*$/, ''));
    const time = plan.find((line) => line.startsWith('Execution Time'));
    return { summary: `${nodes.slice(0, 3).join(' → ')} (${time ?? 'no time'})`, plan };
  };
  return {
    page: await explain(
      `SELECT p.*, ARRAY(SELECT c.municipality_code FROM consent c
         WHERE c.participant_id = p.id AND c.withdrawn_at IS NULL) AS consented_municipalities
       FROM participant p WHERE p.office_id = $1 AND p.status <> 'ERASED'
       ORDER BY p.registered_at DESC, p.id DESC LIMIT 21`,
      [office],
    ),
    count: await explain(
      `SELECT count(*)::int AS count FROM participant p WHERE p.office_id = $1 AND p.status <> 'ERASED'`,
      [office],
    ),
  };
}

export const participantsOffice: Benchmark = {
  name: 'participants-office',
  description:
    'an officer lists an office of 100 000 participants: first page and page 200, with and without totalCount, direct and through the gateway',
  run,
};
