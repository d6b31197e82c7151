import { createPrivateKey } from 'node:crypto';
import { cpus } from 'node:os';
import { identityHeader, signIdentity } from '@jobbnatet/contracts';
import { devSecrets, subgraphNames } from '@jobbnatet/infra-local';
import type { Benchmark, BenchmarkResult } from '../benchmark';
import { devLogin } from '@jobbnatet/testing';
import { officeId, registerParticipants, subjectOf } from '../support/graphql-client';
import { loadTest, type LoadOptions, type LoadResult } from '../support/http-load';
import { startBenchPlatform } from '../support/platform';
import { progress } from '../support/progress';
import { Teardown } from '../support/teardown';

const settings = {
  participantsInOffice: 200,
  warmUpSeconds: 3,
  durationSeconds: 10,
  connections: 10,
  order: 'warm-up gateway, warm-up direct, then gateway and direct back to back',
};

const listQuery =
  'query BenchList { participants(first: 20) { totalCount edges { node { id givenName } } } }';

interface ListData {
  participants: { totalCount: number; edges: { node: { id: string; givenName: string } }[] };
}

/** The forwarded identity is valid 60 s; a run must end well before it expires. */
const identityLifetimeMarginSeconds = 50;
/**
 * A subgraph accepts each forwarded identity once (its `jti`), so the direct path sends a fresh one
 * per request, signed before the run so that signing does not compete with it. Above this rate the
 * pool runs dry and the rest are refused, which the run reports as non-2xx.
 */
const maxDirectRequestsPerSecond = 4000;

async function run(): Promise<BenchmarkResult> {
  const teardown = new Teardown();
  try {
    const { platform } = await startBenchPlatform(teardown);
    const token = await devLogin(platform.gatewayUrl, 'officer');
    progress(`registering ${settings.participantsInOffice} participants in ${officeId}`);
    await registerParticipants(platform.gatewayUrl, token, {
      first: 0,
      count: settings.participantsInOffice,
      concurrency: 4,
    });

    const secrets = devSecrets(subgraphNames);
    const key = createPrivateKey(secrets.identitySigningKey);
    const identity = {
      userId: subjectOf(token),
      role: 'officer' as const,
      officeId,
      correlationId: 'bench',
    };
    const sign = () =>
      signIdentity(identity, {
        key,
        keyId: secrets.identitySigningKeyId,
        audience: 'participants',
        operation: { query: listQuery, variables: {} },
      });
    const signedHeader = async () => ({ [identityHeader]: await sign() });
    /** One signed header per request the run can make, handed out in turn. */
    const headerPool = async (durationSeconds: number) => {
      const pool: string[] = [];
      for (let i = 0; i < durationSeconds * maxDirectRequestsPerSecond; i++)
        pool.push(await sign());
      let next = 0;
      return () => ({ [identityHeader]: pool[Math.min(next++, pool.length - 1)] as string });
    };

    // Both paths must answer the same page before their speed means anything; every response of a
    // run must then be byte-for-byte the one seen here (autocannon counts the others as mismatches).
    const body = JSON.stringify({ query: listQuery, variables: {} });
    const gatewayHeaders = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const directHeaders = async () => ({
      'content-type': 'application/json',
      ...(await signedHeader()),
    });
    const expected = {
      gateway: await expectedPage('gateway', platform.gatewayUrl, body, gatewayHeaders),
      direct: await expectedPage(
        'direct',
        platform.subgraphUrls.participants,
        body,
        await directHeaders(),
      ),
    };
    const dataOf = (text: string) => JSON.stringify((JSON.parse(text) as { data?: unknown }).data);
    if (dataOf(expected.gateway) !== dataOf(expected.direct)) {
      throw new Error('the gateway and the subgraph answered different pages');
    }

    const target = async (
      path: 'gateway' | 'direct',
      durationSeconds: number,
    ): Promise<LoadOptions> => {
      if (durationSeconds > identityLifetimeMarginSeconds)
        throw new Error('a direct run must stay within the identity lifetime');
      return path === 'gateway'
        ? {
            url: platform.gatewayUrl,
            body,
            headers: gatewayHeaders,
            durationSeconds,
            connections: settings.connections,
            expectBody: expected.gateway,
          }
        : {
            url: platform.subgraphUrls.participants,
            body,
            headers: { 'content-type': 'application/json' },
            // Signed just before each run: valid 60 s, bound to this exact operation, used once.
            headersPerRequest: await headerPool(durationSeconds),
            durationSeconds,
            connections: settings.connections,
            expectBody: expected.direct,
          };
    };

    progress(`warming up: ${settings.warmUpSeconds} s each path`);
    await loadTest(await target('gateway', settings.warmUpSeconds));
    await loadTest(await target('direct', settings.warmUpSeconds));
    progress(`measuring: ${settings.durationSeconds} s through the gateway`);
    const gateway = await measured(await target('gateway', settings.durationSeconds));
    progress(`measuring: ${settings.durationSeconds} s straight to the subgraph`);
    const subgraph = await measured(await target('direct', settings.durationSeconds));

    return {
      settings,
      figures: [...pathFigures('direct', subgraph), ...pathFigures('gateway', gateway, subgraph)],
      notes: [
        ...problems('gateway', gateway),
        ...problems('direct', subgraph),
        `autocannon, the gateway, the subgraph and PostgreSQL share the same ${cpus().length} cores; autocannon itself used ${gateway.loadGeneratorCores.toFixed(2)} (gateway) / ${subgraph.loadGeneratorCores.toFixed(2)} (direct) of them.`,
      ],
      details: { query: listQuery, gateway, direct: subgraph },
    };
  } finally {
    await teardown.run();
  }
}

/** The raw body one path answers, after checking that it is the expected page. */
async function expectedPage(
  path: string,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  const page = response.ok
    ? (JSON.parse(text) as { data?: ListData }).data?.participants
    : undefined;
  if (page?.totalCount !== settings.participantsInOffice || page.edges.length !== 20) {
    throw new Error(`${path}: unexpected answer ${response.status} ${text.slice(0, 300)}`);
  }
  return text;
}

/** A load test plus the CPU this process (autocannon) used meanwhile, in cores. */
async function measured(
  options: LoadOptions,
): Promise<LoadResult & { loadGeneratorCores: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await loadTest(options);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    ...result,
    loadGeneratorCores: (cpu.user + cpu.system) / 1000 / (performance.now() - started),
  };
}

function pathFigures(path: 'gateway' | 'direct', result: LoadResult, direct?: LoadResult) {
  const versus = (value: number | undefined) =>
    direct && value !== undefined ? { with: 'direct', value } : undefined;
  return [
    {
      label: `${path}: requests/s`,
      value: result.requestsPerSecond,
      unit: 'req/s',
      compared: versus(direct?.requestsPerSecond),
    },
    {
      label: `${path}: latency p50`,
      value: result.latencyMs.p50,
      unit: 'ms',
      compared: versus(direct?.latencyMs.p50),
    },
    {
      label: `${path}: latency p99`,
      value: result.latencyMs.p99,
      unit: 'ms',
      compared: versus(direct?.latencyMs.p99),
    },
  ].map(({ compared, ...figure }) => (compared ? { ...figure, compared } : figure));
}

function problems(path: string, result: LoadResult): string[] {
  const bad = {
    'non-2xx': result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    'wrong bodies': result.mismatches,
  };
  return Object.entries(bad)
    .filter(([, count]) => count > 0)
    .map(
      ([what, count]) =>
        `${path}: ${count} ${what} of ${result.ok + result.non2xx + result.errors} requests`,
    );
}

export const participantsList: Benchmark = {
  name: 'participants-list',
  description:
    'participants(first: 20) through the gateway vs straight to the subgraph (signed identity), same settings, one run',
  run,
};
