import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { dropDatabase, serviceDatabaseName } from './databases';
import { progress } from './log';
import { localDir, repoRoot } from './paths';
import { portAcceptsConnections, waitUntil } from './process-state';
import {
  devSecrets,
  gatewaySecretEnv,
  secretVariables,
  subgraphSecretEnv,
  type DevSecrets,
} from './secrets';
import type { Infrastructure } from './up';

/** The subgraphs in start order; the gateway comes last. Adding a service means adding a line. */
export const subgraphNames = [
  'participants',
  'employers',
  'activities',
  'job-tracks',
  'reporting',
] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export interface PlatformOptions {
  /** Gateway port; subgraphs take the ports after it (4000 → 4001, …). */
  basePort: number;
  /** Appended to each service's database name, so tests never touch development data. */
  databaseSuffix: string;
  /** Drop the suffixed databases first, so a run starts empty (refused without a suffix). */
  freshDatabases?: boolean;
  /** `inherit` prefixes app logs onto this terminal; `file` writes them to `.local/logs/`. */
  output: 'inherit' | 'file';
  /** Extra environment for every app (e.g. JOBBNATET_MODE=production; development by default). */
  env?: Record<string, string>;
  /**
   * The subgraphs to start, every one by default. A benchmark of one path starts only the apps on
   * it; the others keep their ports and stay down, and the gateway still plans over all of them.
   */
  only?: readonly SubgraphName[];
}

/** Each app serves its metrics on its own port plus this (gateway 4000 → 5000). */
export const metricsPortOffset = 1000;

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Where Prometheus would scrape each app, the gateway included. */
  metricsUrls: Record<SubgraphName | 'gateway', string>;
  stop(): Promise<void>;
}

interface RunningApp {
  stop(): Promise<void>;
}

function pipeOutput(name: string, child: ChildProcess, output: PlatformOptions['output']): void {
  if (output === 'file') {
    const file = createWriteStream(join(localDir('logs'), `${name}.log`), { flags: 'a' });
    child.stdout?.pipe(file);
    child.stderr?.pipe(file);
    return;
  }
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) =>
      process.stderr.write(`[${name}] ${line}\n`),
    );
  }
}

/** Apps still running when the launcher exits (however it exits) are stopped with it. */
const runningChildren = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of runningChildren) child.kill('SIGTERM');
});

/**
 * How every app's Node runs (infra/docker/Dockerfile says the same). A young generation of at most
 * 8 MB per semi-space instead of V8's default here (16 MB and up): 25–50 MB less resident memory per
 * app at rest, with no cost per request the participants-list benchmark could tell (docs/performance.md). No `--enable-source-maps`:
 * it kept every dependency's source maps in memory (up to 46 MB, the gateway's) and made each
 * `Error.stack` costlier; stack traces name the compiled `dist/*.js` lines, which tsc keeps close to
 * the source. Set NODE_OPTIONS=--enable-source-maps when debugging.
 */
const appNodeFlags = ['--max-semi-space-size=8'];

async function startApp(
  name: string,
  port: number,
  env: Record<string, string>,
  output: PlatformOptions['output'],
): Promise<RunningApp> {
  // `env` is the app's whole environment, port included (see platformEnvironments).
  if (await portAcceptsConnections(port)) {
    throw new Error(
      `port ${port} for ${name} is in use: is the platform already running? (PORT=… picks other ports)`,
    );
  }
  const child = spawn(
    process.execPath,
    [...appNodeFlags, join(repoRoot, 'apps', name, 'dist/main.js')],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  runningChildren.add(child);
  pipeOutput(name, child, output);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      runningChildren.delete(child);
      resolve(code);
    }),
  );
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  await waitUntil(
    `${name} to be ready on port ${port}`,
    async () => {
      if (exitCode !== undefined)
        throw new Error(`${name} exited with code ${exitCode}; see its log`);
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      return response.ok;
    },
    90_000,
    250,
  );
  progress(name, `ready on http://127.0.0.1:${port}`);
  return {
    stop: async () => {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

type Env = Record<string, string>;

/**
 * The whole environment of each app: the launcher's minus every secret, then only the app's own
 * secrets (the gateway signs, each subgraph verifies and holds its own PII keys), in development
 * mode bound to 127.0.0.1 unless `options.env` says otherwise.
 */
export function platformEnvironments<Name extends string>(
  inherited: NodeJS.ProcessEnv,
  services: readonly Name[],
  secrets: DevSecrets,
  infra: Pick<Infrastructure, 'databaseUrl' | 'kafkaBrokers'>,
  options: Pick<PlatformOptions, 'basePort' | 'databaseSuffix' | 'env'>,
): { gateway: Env; subgraphs: Record<Name, Env> } {
  const base: Env = {};
  for (const [name, value] of Object.entries(inherited)) {
    if (value !== undefined && !(secretVariables as readonly string[]).includes(name)) {
      base[name] = value;
    }
  }
  Object.assign(base, { JOBBNATET_MODE: 'development', HOST: '127.0.0.1' });
  const subgraphs = {} as Record<Name, Env>;
  const urls: Env = {};
  for (const [index, name] of services.entries()) {
    const port = options.basePort + index + 1;
    urls[`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`] =
      `http://127.0.0.1:${port}/graphql`;
    subgraphs[name] = {
      ...base,
      DATABASE_URL: infra.databaseUrl,
      DATABASE_NAME: serviceDatabaseName(name, options.databaseSuffix),
      KAFKA_BROKERS: infra.kafkaBrokers,
      // A run on its own databases (e2e, benchmarks) consumes in its own groups: sharing the
      // development platform's groups would split the topics' partitions between the two.
      ...(options.databaseSuffix ? { CONSUMER_GROUP: `${name}${options.databaseSuffix}` } : {}),
      ...subgraphSecretEnv(secrets, name),
      ...options.env,
      PORT: String(port),
      METRICS_PORT: String(port + metricsPortOffset),
    };
  }
  const gateway = {
    ...base,
    ...urls,
    ...gatewaySecretEnv(secrets),
    ...options.env,
    PORT: String(options.basePort),
    METRICS_PORT: String(options.basePort + metricsPortOffset),
  };
  return { gateway, subgraphs };
}

/** Starts every subgraph (or those `options.only` names), then the gateway, against the given infrastructure. */
export async function startPlatform(
  infra: Pick<Infrastructure, 'databaseUrl' | 'kafkaBrokers'>,
  options: PlatformOptions,
): Promise<RunningPlatform> {
  const subgraphUrls = Object.fromEntries(
    subgraphNames.map((name, index) => [
      name,
      `http://127.0.0.1:${options.basePort + index + 1}/graphql`,
    ]),
  ) as Record<SubgraphName, string>;
  const env = platformEnvironments(
    process.env,
    subgraphNames,
    devSecrets(subgraphNames),
    infra,
    options,
  );
  if (options.freshDatabases) {
    if (!options.databaseSuffix)
      throw new Error('fresh databases need a suffix: development data stays');
    for (const name of subgraphNames) {
      await dropDatabase(infra.databaseUrl, serviceDatabaseName(name, options.databaseSuffix));
    }
  }
  const started: RunningApp[] = [];
  const stop = async () => {
    for (const app of started.reverse()) await app.stop();
  };
  try {
    // Subgraphs start one after another: on two cores, parallel boots only slow each other down.
    for (const [index, name] of subgraphNames.entries()) {
      if (options.only && !options.only.includes(name)) continue;
      const port = options.basePort + index + 1;
      started.push(await startApp(name, port, env.subgraphs[name], options.output));
    }
    started.push(await startApp('gateway', options.basePort, env.gateway, options.output));
  } catch (error) {
    await stop();
    throw error;
  }
  const metricsUrl = (port: number) => `http://127.0.0.1:${port + metricsPortOffset}/metrics`;
  const metricsUrls = {
    gateway: metricsUrl(options.basePort),
    ...Object.fromEntries(
      subgraphNames.map((name, index) => [name, metricsUrl(options.basePort + index + 1)]),
    ),
  } as RunningPlatform['metricsUrls'];
  return {
    gatewayUrl: `http://127.0.0.1:${options.basePort}/graphql`,
    subgraphUrls,
    metricsUrls,
    stop,
  };
}
