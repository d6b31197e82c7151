import { createPrivateKey } from 'node:crypto';
import { cpus } from 'node:os';
import { identityHeader, signIdentity } from '@jobbnatet/contracts';
import { devSecrets, serviceDatabaseName, subgraphNames } from '@jobbnatet/infra-local';
import type { Benchmark, BenchmarkResult } from '../benchmark';
import { devLogin } from '@jobbnatet/testing';
import { startChildServer } from '../support/child-server';
import { officeId, registerParticipants, subjectOf } from '../support/graphql-client';
import { loadProblems, loadTest, type LoadOptions, type LoadResult } from '../support/http-load';
import { startPeerGateway } from '../support/peer-gateways';
import { benchBasePort, benchDatabaseSuffix, startBenchPlatform } from '../support/platform';
import { cpuPerOperation, platformCpuTimes } from '../support/cpu-time';
import { appPids, cpuMsOf } from '../support/process-stats';
import { progress } from '../support/progress';
import { summarize } from '../support/stats';
import { Teardown } from '../support/teardown';

const settings = {
  participantsInOffice: 200,
  warmUpSeconds: 3,
  durationSeconds: 5,
  rounds: 3,
  connections: 10,
  order:
    'warm-up gateway, bare @apollo/gateway, direct, Apollo subgraph floor, reference; then the five in turn and the direct path once more held to the rate the gateway path just reached, round after round, pooled per path; then the trivial query through the gateway, a bare @apollo/gateway and direct, interleaved the same way',
  trivial: { connections: 1, warmUpSeconds: 2, durationSeconds: 5, rounds: 2 },
};

const listQuery =
  'query BenchList { participants(first: 20) { totalCount edges { node { id givenName } } } }';

/** A tiny query the subgraph answers from one statement: what the gateway adds to any request. */
const trivialQuery = 'query BenchTrivial { participants(first: 1) { totalCount } }';

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

type Path = 'gateway' | 'bare-apollo' | 'direct' | 'apollo-subgraph' | 'reference';
/** The list's paths; the trivial query's are the gateways' and the direct one. */
const listPaths = ['gateway', 'bare-apollo', 'direct', 'apollo-subgraph', 'reference'] as const;
const trivialPaths = ['gateway', 'bare-apollo', 'direct'] as const;
type TrivialPath = (typeof trivialPaths)[number];

/** The participants database of the bench platform, as a connection string. */
function participantsDatabaseUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${serviceDatabaseName('participants', benchDatabaseSuffix)}`;
  return url.toString();
}

async function run(): Promise<BenchmarkResult> {
  const teardown = new Teardown();
  try {
    const { infra, platform } = await startBenchPlatform(teardown);
    const token = await devLogin(platform.gatewayUrl, 'officer');
    progress(`registering ${settings.participantsInOffice} participants in ${officeId}`);
    await registerParticipants(platform.gatewayUrl, token, {
      first: 0,
      count: settings.participantsInOffice,
      concurrency: 4,
    });
    const referenceEnv = {
      REFERENCE_DATABASE_URL: participantsDatabaseUrl(infra.databaseUrl),
      REFERENCE_OFFICE_ID: officeId,
    };
    const reference = await startChildServer(teardown, 'bare-list', {
      ...referenceEnv,
      PORT: String(benchBasePort + 10),
    });
    const apolloSubgraph = await startChildServer(teardown, 'apollo-subgraph-list', {
      ...referenceEnv,
      PORT: String(benchBasePort + 13),
    });
    // The decided stack's own floor for what a gateway adds: @apollo/gateway without our parts.
    const bareApollo = await startPeerGateway(
      teardown,
      'apollo-peer',
      platform.subgraphUrls,
      token,
    );
    const apps = appPids();
    const serverPids: Record<Path, number[]> = {
      gateway: [apps.get('gateway')!, apps.get('participants')!],
      'bare-apollo': [bareApollo.pid, apps.get('participants')!],
      direct: [apps.get('participants')!],
      'apollo-subgraph': [apolloSubgraph.pid],
      reference: [reference.pid],
    };
    const urls: Record<Path, string> = {
      gateway: platform.gatewayUrl,
      'bare-apollo': bareApollo.url,
      direct: platform.subgraphUrls.participants,
      'apollo-subgraph': apolloSubgraph.url,
      reference: reference.url,
    };

    const secrets = devSecrets(subgraphNames);
    const key = createPrivateKey(secrets.identitySigningKey);
    const identity = {
      userId: subjectOf(token),
      role: 'officer' as const,
      officeId,
      correlationId: 'bench',
    };
    const sign = (query: string) =>
      signIdentity(identity, {
        key,
        keyId: secrets.identitySigningKeyId,
        audience: 'participants',
        operation: { query, variables: {} },
      });
    /** One signed header per request the run can make, handed out in turn. */
    const headerPool = async (query: string, durationSeconds: number) => {
      const pool: string[] = [];
      for (let i = 0; i < durationSeconds * maxDirectRequestsPerSecond; i++)
        pool.push(await sign(query));
      let next = 0;
      return () => ({ [identityHeader]: pool[Math.min(next++, pool.length - 1)] as string });
    };
    const json = { 'content-type': 'application/json' };
    const fixedHeaders = (path: Path): Record<string, string> =>
      path === 'gateway' ? { ...json, authorization: `Bearer ${token}` } : json;

    // Every path must answer the same data before its speed means anything; every response of a
    // run must then be byte-for-byte the body seen here (autocannon counts the others).
    const expectedBodies = async (
      query: string,
      paths: readonly Path[],
      check: (data: ListData | undefined) => boolean,
    ): Promise<Partial<Record<Path, string>>> => {
      const bodies: Partial<Record<Path, string>> = {};
      for (const path of paths) {
        const headers = {
          ...fixedHeaders(path),
          ...(path === 'direct' ? { [identityHeader]: await sign(query) } : {}),
        };
        const body = JSON.stringify({ query, variables: {} });
        const response = await fetch(urls[path], { method: 'POST', headers, body });
        const text = await response.text();
        const data = response.ok ? (JSON.parse(text) as { data?: ListData }).data : undefined;
        if (!check(data))
          throw new Error(`${path}: unexpected answer ${response.status} ${text.slice(0, 300)}`);
        bodies[path] = text;
      }
      const dataOf = (text: string | undefined) =>
        JSON.stringify((JSON.parse(text ?? '{}') as { data?: unknown }).data);
      if (new Set(paths.map((path) => dataOf(bodies[path]))).size !== 1)
        throw new Error(`the paths answered different data to ${query}`);
      return bodies;
    };
    const list = await expectedBodies(
      listQuery,
      listPaths,
      (data) =>
        data?.participants.totalCount === settings.participantsInOffice &&
        data.participants.edges.length === 20,
    );
    const trivial = await expectedBodies(
      trivialQuery,
      trivialPaths,
      (data) => data?.participants.totalCount === settings.participantsInOffice,
    );

    const target = async (
      path: Path,
      query: string,
      expectBody: string | undefined,
      durationSeconds: number,
      connections: number,
    ): Promise<LoadOptions> => {
      if (durationSeconds > identityLifetimeMarginSeconds)
        throw new Error('a direct run must stay within the identity lifetime');
      return {
        url: urls[path],
        body: JSON.stringify({ query, variables: {} }),
        headers: fixedHeaders(path),
        // Signed just before each run: valid 60 s, bound to this exact operation, used once.
        ...(path === 'direct'
          ? { headersPerRequest: await headerPool(query, durationSeconds) }
          : {}),
        durationSeconds,
        connections,
        ...(expectBody === undefined ? {} : { expectBody }),
        keepSamples: true,
      };
    };
    /** One run of the list on a path, held to `overallRate` requests/s if given. */
    const listRun = async (path: Path, seconds: number, overallRate?: number) =>
      measured(
        {
          ...(await target(path, listQuery, list[path], seconds, settings.connections)),
          ...(overallRate === undefined ? {} : { overallRate }),
        },
        serverPids[path],
      );
    const trivialRun = async (path: TrivialPath, seconds: number) =>
      measured(
        await target(path, trivialQuery, trivial[path], seconds, settings.trivial.connections),
        serverPids[path],
      );

    progress(`warming up: ${settings.warmUpSeconds} s each path`);
    for (const path of listPaths) await listRun(path, settings.warmUpSeconds);
    // Interleaved rounds: what drifts during a run (the access log growing, autovacuum, neighbours on
    // the host) falls on every path alike instead of on whichever ran at the time.
    const listRuns = Object.fromEntries(
      listPaths.map((path) => [path, [] as Measured[]]),
    ) as Record<Path, Measured[]>;
    const pacedDirectRuns: Measured[] = [];
    for (let round = 1; round <= settings.rounds; round++) {
      progress(
        `measuring the list: round ${round} of ${settings.rounds}, ${settings.durationSeconds} s per path`,
      );
      for (const path of listPaths)
        listRuns[path].push(await listRun(path, settings.durationSeconds));
      // The direct path again, held to the rate the gateway path just reached: what the subgraph
      // and the database cost per page at that rate, apart from anything the gateway sends.
      const gatewayRate = listRuns.gateway.at(-1)!.requestsPerSecond;
      pacedDirectRuns.push(
        await listRun('direct', settings.durationSeconds, Math.round(gatewayRate)),
      );
    }
    const pacedDirect = pooled(pacedDirectRuns);
    const results = Object.fromEntries(
      listPaths.map((path) => [path, pooled(listRuns[path])]),
    ) as Record<Path, Measured>;

    progress(`trivial query at 1 connection: ${settings.trivial.rounds} rounds, interleaved`);
    const trivialResults: Record<TrivialPath, Measured[]> = {
      gateway: [],
      'bare-apollo': [],
      direct: [],
    };
    for (const path of trivialPaths) await trivialRun(path, settings.trivial.warmUpSeconds);
    for (let round = 0; round < settings.trivial.rounds; round++) {
      for (const path of trivialPaths)
        trivialResults[path].push(await trivialRun(path, settings.trivial.durationSeconds));
    }
    const trivialGateway = pooled(trivialResults.gateway).latencyMs;
    const trivialBareApollo = pooled(trivialResults['bare-apollo']).latencyMs;
    const trivialDirect = pooled(trivialResults.direct).latencyMs;

    const withoutSamples = ({ samples: _samples, ...rest }: Measured) => rest;
    return {
      settings,
      figures: [
        ...pathFigures('reference', results.reference),
        ...pathFigures('apollo-subgraph', results['apollo-subgraph'], {
          path: 'reference',
          result: results.reference,
        }),
        ...pathFigures('direct', results.direct, { path: 'reference', result: results.reference }),
        {
          label: 'direct (subgraph) / Apollo subgraph floor, requests/s',
          value: results.direct.requestsPerSecond,
          unit: 'req/s',
          compared: {
            with: 'apollo-subgraph',
            value: results['apollo-subgraph'].requestsPerSecond,
          },
        },
        ...pathFigures('gateway', results.gateway, { path: 'direct', result: results.direct }),
        ...pathFigures('bare-apollo', results['bare-apollo'], {
          path: 'direct',
          result: results.direct,
        }),
        {
          label: 'gateway: its own CPU per request (without the subgraph)',
          value: results.gateway.frontCpuMsPerRequest,
          unit: 'ms',
          compared: { with: 'bare-apollo', value: results['bare-apollo'].frontCpuMsPerRequest },
        },
        {
          label: "direct held to the gateway path's rate: requests/s",
          value: pacedDirect.requestsPerSecond,
          unit: 'req/s',
          compared: { with: 'gateway', value: results.gateway.requestsPerSecond },
        },
        {
          label: "direct held to the gateway path's rate: subgraph CPU per request",
          value: pacedDirect.serverCpuMsPerRequest,
          unit: 'ms',
          compared: { with: 'direct', value: results.direct.serverCpuMsPerRequest },
        },
        {
          label: "direct held to the gateway path's rate: database CPU per request",
          value: pacedDirect.databaseCpuMsPerRequest,
          unit: 'ms',
          compared: { with: 'direct', value: results.direct.databaseCpuMsPerRequest },
        },
        ...(['gateway', 'bare-apollo'] as const).map((path) => ({
          label: `subgraph CPU per request behind ${path}`,
          value: results[path].serverCpuMsPerRequest - results[path].frontCpuMsPerRequest,
          unit: 'ms',
          compared: { with: 'direct', value: results.direct.serverCpuMsPerRequest },
        })),
        {
          label: 'target: subgraph / reference requests/s ≥ 0.5',
          value: results.direct.requestsPerSecond / results.reference.requestsPerSecond,
          unit: '×',
          compared: { with: 'target 0.5×', value: 0.5 },
        },
        {
          label: 'target: gateway / direct requests/s ≥ 0.75',
          value: results.gateway.requestsPerSecond / results.direct.requestsPerSecond,
          unit: '×',
          compared: { with: 'target 0.75×', value: 0.75 },
        },
        { label: 'trivial, 1 connection: direct p50', value: trivialDirect.p50, unit: 'ms' },
        { label: 'trivial, 1 connection: gateway p50', value: trivialGateway.p50, unit: 'ms' },
        {
          label: 'trivial, 1 connection: gateway adds (p50 − p50)',
          value: trivialGateway.p50 - trivialDirect.p50,
          unit: 'ms',
          compared: { with: 'target ≤ 1.5 ms', value: 1.5 },
        },
        {
          label: 'trivial, 1 connection: bare @apollo/gateway p50',
          value: trivialBareApollo.p50,
          unit: 'ms',
        },
        {
          label: 'trivial, 1 connection: bare @apollo/gateway adds (p50 − p50)',
          value: trivialBareApollo.p50 - trivialDirect.p50,
          unit: 'ms',
          compared: { with: 'target ≤ 1.5 ms', value: 1.5 },
        },
        ...(['gateway', 'bare-apollo'] as const).map((path) => ({
          label: `trivial, 1 connection: server CPU per request, ${path} + subgraph`,
          value: pooled(trivialResults[path]).serverCpuMsPerRequest,
          unit: 'ms',
          compared: { with: 'direct', value: pooled(trivialResults.direct).serverCpuMsPerRequest },
        })),
      ],
      notes: [
        ...listPaths.flatMap((path) =>
          listRuns[path].flatMap((result) => loadProblems(`list ${path}`, result)),
        ),
        ...pacedDirectRuns.flatMap((result) => loadProblems('list direct (paced)', result)),
        ...trivialPaths.flatMap((path) =>
          trivialResults[path].flatMap((result) => loadProblems(`trivial ${path}`, result)),
        ),
        'the reference (tests/load/src/peers/bare-list.ts) is graphql-js + node-postgres on node:http in its own process: it parses and validates each request and runs the page and count statements on the same table for the same office; it verifies no identity, applies no scope or disclosure rules, writes no access log and logs nothing. givenName is stored in clear (only identity numbers and contact details are encrypted), so neither side decrypts anything for this query. The Apollo subgraph floor (tests/load/src/peers/apollo-subgraph-list.ts) answers from the same statements with @apollo/subgraph on @apollo/server standalone: the decided stack without the product’s parts (Nest, TypeORM, identity, scope, access log, logging, metrics).',
        `trivial query: ${trivialQuery}, ${settings.trivial.connections} connection, p50 over the pooled responses of ${settings.trivial.rounds} interleaved rounds of ${settings.trivial.durationSeconds} s per path (${trivialGateway.count} gateway, ${trivialBareApollo.count} bare @apollo/gateway, ${trivialDirect.count} direct). The bare @apollo/gateway (tests/load/src/peers/apollo-peer.ts) is the decided gateway engine on @apollo/server standalone, signing the forwarded identity per subgraph request as ours does, without our token verification, armor rules, logging or metrics: the floor of what a gateway on this stack adds.`,
        'server CPU per request: user + system time of the processes answering the path (gateway, bare @apollo/gateway: it and the participants subgraph; direct: the subgraph; the floor and the reference: their process) over the measured run, divided by its 2xx responses (10 ms clock ticks). Database CPU per request: the same for PostgreSQL’s server and its backends (one that ended during the run is missed: a lower bound), which all paths share.',
        `autocannon, the gateway, the subgraphs, the reference and PostgreSQL share the same ${cpus().length} cores; autocannon itself used ${listPaths.map((path) => `${results[path].loadGeneratorCores.toFixed(2)} (${path})`).join(' / ')} of them.`,
      ],
      details: {
        query: listQuery,
        gateway: withoutSamples(results.gateway),
        direct: withoutSamples(results.direct),
        apolloSubgraph: withoutSamples(results['apollo-subgraph']),
        reference: withoutSamples(results.reference),
        bareApollo: withoutSamples(results['bare-apollo']),
        trivial: {
          query: trivialQuery,
          gateway: trivialGateway,
          bareApollo: trivialBareApollo,
          direct: trivialDirect,
          runs: Object.fromEntries(
            trivialPaths.map((path) => [path, trivialResults[path].map(withoutSamples)]),
          ),
        },
      },
    };
  } finally {
    await teardown.run();
  }
}

/**
 * Server CPU: the processes that answer a path (gateway and subgraph, the subgraph, the reference).
 * Database CPU: PostgreSQL's server and backends, which every path shares and which competes with
 * them for the same cores.
 */
type Measured = LoadResult & {
  loadGeneratorCores: number;
  serverCpuMsPerRequest: number;
  /** The same, for the path's first process alone: the gateway's own share on a gateway path. */
  frontCpuMsPerRequest: number;
  databaseCpuMsPerRequest: number;
};

async function measured(options: LoadOptions, serverPids: readonly number[]): Promise<Measured> {
  const serverCpu = () => serverPids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const frontCpu = () => cpuMsOf(serverPids[0]!);
  const serverBefore = serverCpu();
  const frontBefore = frontCpu();
  const platformBefore = platformCpuTimes();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await loadTest(options);
  const cpu = process.cpuUsage(cpuBefore);
  const database = cpuPerOperation(platformBefore, platformCpuTimes(), result.ok).find(
    ({ part }) => part === 'postgresql',
  );
  return {
    ...result,
    loadGeneratorCores: (cpu.user + cpu.system) / 1000 / (performance.now() - started),
    serverCpuMsPerRequest: (serverCpu() - serverBefore) / result.ok,
    frontCpuMsPerRequest: (frontCpu() - frontBefore) / result.ok,
    databaseCpuMsPerRequest: database?.ms ?? Number.NaN,
  };
}

/** Several runs of one path as one: counts summed, rates and CPU per request over all of them. */
function pooled(runs: readonly Measured[]): Measured {
  const sum = (value: (run: Measured) => number) =>
    runs.reduce((total, run) => total + value(run), 0);
  const seconds = sum((run) => run.durationSeconds);
  const ok = sum((run) => run.ok);
  const samples = runs.flatMap((run) => run.samples ?? []);
  return {
    durationSeconds: seconds,
    requestsPerSecond: ok / seconds,
    latencyMs: summarize(samples),
    samples,
    ok,
    non2xx: sum((run) => run.non2xx),
    errors: sum((run) => run.errors),
    timeouts: sum((run) => run.timeouts),
    mismatches: sum((run) => run.mismatches),
    loadGeneratorCores: sum((run) => run.loadGeneratorCores * run.durationSeconds) / seconds,
    serverCpuMsPerRequest: sum((run) => run.serverCpuMsPerRequest * run.ok) / ok,
    frontCpuMsPerRequest: sum((run) => run.frontCpuMsPerRequest * run.ok) / ok,
    databaseCpuMsPerRequest: sum((run) => run.databaseCpuMsPerRequest * run.ok) / ok,
  };
}

function pathFigures(path: Path, result: Measured, base?: { path: Path; result: Measured }) {
  const versus = (value: number | undefined) =>
    base && value !== undefined ? { with: base.path, value } : undefined;
  return [
    {
      label: `${path}: requests/s`,
      value: result.requestsPerSecond,
      unit: 'req/s',
      compared: versus(base?.result.requestsPerSecond),
    },
    {
      label: `${path}: latency p50`,
      value: result.latencyMs.p50,
      unit: 'ms',
      compared: versus(base?.result.latencyMs.p50),
    },
    {
      label: `${path}: latency p99`,
      value: result.latencyMs.p99,
      unit: 'ms',
      compared: versus(base?.result.latencyMs.p99),
    },
    {
      label: `${path}: server CPU per request`,
      value: result.serverCpuMsPerRequest,
      unit: 'ms',
      compared: versus(base?.result.serverCpuMsPerRequest),
    },
    {
      label: `${path}: database CPU per request`,
      value: result.databaseCpuMsPerRequest,
      unit: 'ms',
      compared: versus(base?.result.databaseCpuMsPerRequest),
    },
  ].map(({ compared, ...figure }) => (compared ? { ...figure, compared } : figure));
}

export const participantsList: Benchmark = {
  name: 'participants-list',
  description:
    'participants(first: 20) through the gateway and a bare @apollo/gateway, straight to the subgraph, from an Apollo subgraph floor and from a bare graphql-js + pg reference; a trivial query at 1 connection through the gateway, a bare @apollo/gateway and direct',
  run,
};
