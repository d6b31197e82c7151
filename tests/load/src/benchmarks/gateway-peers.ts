import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDir, subgraphNames } from '@jobbnatet/infra-local';
import { devLogin } from '@jobbnatet/testing';
import type { Benchmark, BenchmarkResult, Figure } from '../benchmark';
import { loadProblems, loadTest, type LoadResult } from '../support/http-load';
import { seedJobTrack, trackQuery } from '../support/job-track-seed';
import { startPeerGateway } from '../support/peer-gateways';
import { startBenchPlatform } from '../support/platform';
import { appPids, cpuMsOf, PeakRss, rssMbOf } from '../support/process-stats';
import { progress } from '../support/progress';
import { sleep, summarize } from '../support/stats';
import { Teardown } from '../support/teardown';

const settings = {
  settleSeconds: 5,
  warmUpSeconds: 3,
  durationSeconds: 6,
  rounds: 2,
  connections: 10,
  order: 'warm-up each gateway, then rounds of product, bare Apollo, Hive back to back',
  memoryTargets: { idleMb: 180, underLoadMb: 300 },
};

const gateways = ['product', 'bare-apollo', 'hive'] as const;
type Gateway = (typeof gateways)[number];

/** Requests a subgraph has logged as completed so far (its log in .local/logs, one line each). */
function completedRequests(subgraph: string): number {
  const log = readFileSync(join(localDir('logs'), `${subgraph}.log`), 'utf8');
  return log.split('"msg":"request completed"').length - 1;
}

/** JSON with its object keys sorted: two answers match when their data does, whatever the order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

interface TrackData {
  jobTrack: {
    employers: unknown[];
    competenceProfile: unknown;
    chain: { offering: unknown }[];
    candidates: { participant: { givenName: string } }[];
  } | null;
}

async function run(): Promise<BenchmarkResult> {
  const teardown = new Teardown();
  try {
    const { platform } = await startBenchPlatform(teardown);
    const apps = appPids();
    progress(`letting the platform settle ${settings.settleSeconds} s before reading idle memory`);
    await sleep(settings.settleSeconds * 1000);
    const idleRss = new Map([...apps].map(([name, pid]) => [name, rssMbOf(pid)]));

    const officer = await devLogin(platform.gatewayUrl, 'officer');
    const caseWorker = await devLogin(platform.gatewayUrl, 'municipal_case_worker');
    progress('building a job track with its employer, profile, offerings and candidates');
    const trackId = await seedJobTrack(platform.gatewayUrl, { officer, caseWorker });

    const apollo = await startPeerGateway(teardown, 'apollo-peer', platform.subgraphUrls, officer);
    const hive = await startPeerGateway(teardown, 'hive-peer', platform.subgraphUrls, officer);
    const targets: Record<Gateway, { url: string; pid: number }> = {
      product: { url: platform.gatewayUrl, pid: apps.get('gateway')! },
      'bare-apollo': apollo,
      hive,
    };

    // The same bearer token goes to all three; only the product gateway verifies it.
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${officer}` };
    const body = JSON.stringify({ query: trackQuery, variables: { id: trackId } });
    const expected = {} as Record<Gateway, string>;
    for (const gateway of gateways) {
      const response = await fetch(targets[gateway].url, { method: 'POST', headers, body });
      const text = await response.text();
      const track = (JSON.parse(text) as { data?: TrackData }).data?.jobTrack;
      const complete =
        response.ok &&
        track?.employers.length === 1 &&
        track.competenceProfile &&
        track.chain.some((step) => step.offering) &&
        track.candidates.length === 2;
      if (!complete) throw new Error(`${gateway}: unexpected answer ${text.slice(0, 400)}`);
      expected[gateway] = text;
    }
    const dataOf = (gateway: Gateway) =>
      canonical((JSON.parse(expected[gateway]) as { data: unknown }).data);
    for (const gateway of gateways)
      if (dataOf(gateway) !== dataOf('product'))
        throw new Error(`${gateway} answered other data than the product gateway`);

    // How many subgraph requests one gateway request makes, from the subgraphs' request logs.
    const subgraphRequests = () =>
      subgraphNames.reduce((sum, name) => sum + completedRequests(name), 0);
    const measure = async (gateway: Gateway, durationSeconds: number) => {
      const subgraphPids = subgraphNames.map((name) => apps.get(name)!);
      const cpuOf = () => ({
        gateway: cpuMsOf(targets[gateway].pid),
        subgraphs: subgraphPids.reduce((sum, pid) => sum + cpuMsOf(pid), 0),
      });
      const before = cpuOf();
      const requestsBefore = subgraphRequests();
      const result = await loadTest({
        url: targets[gateway].url,
        body,
        headers,
        durationSeconds,
        connections: settings.connections,
        expectBody: expected[gateway],
        keepSamples: true,
      });
      const after = cpuOf();
      // The subgraphs' request logs reach their files through this process a moment later.
      await sleep(500);
      return {
        result,
        subgraphRequests: subgraphRequests() - requestsBefore,
        gatewayCpuMs: after.gateway - before.gateway,
        subgraphsCpuMs: after.subgraphs - before.subgraphs,
      };
    };

    progress(`warming up: ${settings.warmUpSeconds} s each gateway`);
    for (const gateway of gateways) await measure(gateway, settings.warmUpSeconds);
    const peaks = new PeakRss(
      new Map([...apps, ['bare-apollo peer', apollo.pid], ['hive peer', hive.pid]]),
    );
    peaks.start();
    const runs: Record<Gateway, Awaited<ReturnType<typeof measure>>[]> = {
      product: [],
      'bare-apollo': [],
      hive: [],
    };
    for (let round = 1; round <= settings.rounds; round++) {
      for (const gateway of gateways) {
        progress(`round ${round}: ${settings.durationSeconds} s through ${gateway}`);
        runs[gateway].push(await measure(gateway, settings.durationSeconds));
      }
    }
    peaks.stop();

    const totals = Object.fromEntries(
      gateways.map((gateway) => {
        const all = runs[gateway];
        const ok = all.reduce((sum, { result }) => sum + result.ok, 0);
        const seconds = all.reduce((sum, { result }) => sum + result.durationSeconds, 0);
        return [
          gateway,
          {
            requestsPerSecond: ok / seconds,
            latencyMs: summarize(all.flatMap(({ result }) => result.samples ?? [])),
            gatewayCpuMsPerRequest: all.reduce((sum, run) => sum + run.gatewayCpuMs, 0) / ok,
            subgraphsCpuMsPerRequest: all.reduce((sum, run) => sum + run.subgraphsCpuMs, 0) / ok,
            subgraphRequestsPerRequest:
              all.reduce((sum, run) => sum + run.subgraphRequests, 0) / ok,
          },
        ];
      }),
    ) as Record<Gateway, GatewayTotals>;

    const memory: Figure[] = [...apps.keys()].flatMap((name) => [
      {
        label: `memory idle: ${name}`,
        value: idleRss.get(name) ?? Number.NaN,
        unit: 'MB RSS',
        compared: { with: 'target ≤ 180 MB', value: settings.memoryTargets.idleMb },
      },
      {
        label: `memory peak under load: ${name}`,
        value: peaks.peaks.get(name) ?? Number.NaN,
        unit: 'MB RSS',
        compared: { with: 'target ≤ 300 MB', value: settings.memoryTargets.underLoadMb },
      },
    ]);
    return {
      settings,
      figures: [
        ...gatewayFigures(totals),
        ...memory,
        ...(['bare-apollo peer', 'hive peer'] as const).map((name) => ({
          label: `memory peak under load: ${name}`,
          value: peaks.peaks.get(name) ?? Number.NaN,
          unit: 'MB RSS',
        })),
      ],
      notes: [
        ...gateways.flatMap((gateway) =>
          runs[gateway].flatMap(({ result }, index) =>
            loadProblems(`${gateway} round ${index + 1}`, result),
          ),
        ),
        'the query reads a job track with its employer and profile (employers), its chain with offerings (activities) and its candidates with their names (participants): four subgraphs.',
        'bare-apollo is @apollo/gateway on @apollo/server standalone; hive is @graphql-hive/gateway-runtime with @graphql-hive/router-runtime (Rust planner) on node:http, logging errors only, with its in-flight deduplication of identical subgraph fetches switched off (on by default: this benchmark’s identical concurrent requests would share subgraph answers). Both sign an identity per subgraph request (fixed caller, dev signing key) but verify no bearer token, run no armor rules, write no request log and have no health checks; the product gateway does all of these.',
        'CPU per request is the gateway process’s user + system time over the measured runs divided by its 2xx responses (10 ms clock ticks); subgraphs: the five subgraph processes together.',
        'memory: VmRSS of each process; idle after start and a settle, before any data; peak sampled every 200 ms over the measured runs (the reporting subgraph gets no requests from this query).',
      ],
      details: {
        trackId,
        query: trackQuery,
        totals,

        runs: withoutSamples(runs),
      },
    };
  } finally {
    await teardown.run();
  }
}

interface GatewayTotals {
  requestsPerSecond: number;
  latencyMs: ReturnType<typeof summarize>;
  gatewayCpuMsPerRequest: number;
  subgraphsCpuMsPerRequest: number;
  subgraphRequestsPerRequest: number;
}

const perGateway: [label: string, unit: string, pick: (totals: GatewayTotals) => number][] = [
  ['requests/s', 'req/s', (t) => t.requestsPerSecond],
  ['latency p50', 'ms', (t) => t.latencyMs.p50],
  ['latency p99', 'ms', (t) => t.latencyMs.p99],
  ['gateway CPU per request', 'ms', (t) => t.gatewayCpuMsPerRequest],
  ["subgraphs' CPU per request", 'ms', (t) => t.subgraphsCpuMsPerRequest],
  ['subgraph requests per request', '', (t) => t.subgraphRequestsPerRequest],
];

/** Each gateway's figures, then the product gateway's beside each peer's (ratio product / peer). */
function gatewayFigures(totals: Record<Gateway, GatewayTotals>): Figure[] {
  const own = gateways.flatMap((gateway) =>
    perGateway.map(([label, unit, pick]) => ({
      label: `${gateway}: ${label}`,
      value: pick(totals[gateway]),
      unit,
    })),
  );
  const versus = (['bare-apollo', 'hive'] as const).flatMap((peer) =>
    perGateway
      .filter(([label]) => label !== 'latency p99')
      .map(([label, unit, pick]) => ({
        label: `product vs ${peer}: ${label}`,
        value: pick(totals.product),
        unit,
        compared: { with: peer, value: pick(totals[peer]) },
      })),
  );
  return [...own, ...versus];
}

function withoutSamples(runs: Record<Gateway, { result: LoadResult }[]>) {
  return Object.fromEntries(
    Object.entries(runs).map(([gateway, all]) => [
      gateway,
      all.map(({ result: { samples: _samples, ...result }, ...rest }) => ({ ...rest, result })),
    ]),
  );
}

export const gatewayPeers: Benchmark = {
  name: 'gateway-peers',
  description:
    'a job track across four subgraphs through the product gateway, a bare @apollo/gateway and Hive Gateway (Rust planner) on the same supergraph; CPU per request; every service’s memory idle and under load',
  run,
};
