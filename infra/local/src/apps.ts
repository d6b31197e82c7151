import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { dropDatabase, serviceDatabaseName } from './databases';
import { progress } from './log';
import { localDir, repoRoot } from './paths';
import { portAcceptsConnections, waitUntil } from './process-state';
import { devSecrets } from './secrets';
import type { Infrastructure } from './up';

/** The subgraphs in start order; the gateway comes last. Adding a service means adding a line. */
export const subgraphNames = ['participants'] as const;
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
  /** Extra environment for every app (e.g. JOBBNATET_MODE=production). */
  env?: Record<string, string>;
}

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
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

async function startApp(
  name: string,
  port: number,
  env: Record<string, string>,
  output: PlatformOptions['output'],
): Promise<RunningApp> {
  if (await portAcceptsConnections(port)) {
    throw new Error(
      `port ${port} for ${name} is in use: is the platform already running? (PORT=… picks other ports)`,
    );
  }
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', join(repoRoot, 'apps', name, 'dist/main.js')],
    {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  pipeOutput(name, child, output);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
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

/** Starts every subgraph, then the gateway, against the given infrastructure. */
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
  const common: Record<string, string> = {
    // Production is the apps' default; the local platform (start, e2e, benchmarks) is development.
    JOBBNATET_MODE: 'development',
    ...devSecrets(),
    DATABASE_URL: infra.databaseUrl,
    KAFKA_BROKERS: infra.kafkaBrokers,
    ...Object.fromEntries(
      subgraphNames.map((name) => [
        `SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`,
        subgraphUrls[name],
      ]),
    ),
    ...options.env,
  };
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
      const env = { ...common, DATABASE_NAME: serviceDatabaseName(name, options.databaseSuffix) };
      started.push(await startApp(name, options.basePort + index + 1, env, options.output));
    }
    started.push(await startApp('gateway', options.basePort, common, options.output));
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://127.0.0.1:${options.basePort}/graphql`, subgraphUrls, stop };
}
