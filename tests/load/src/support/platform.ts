import {
  startPlatform,
  subgraphNames,
  up,
  type Infrastructure,
  type RunningPlatform,
} from '@jobbnatet/infra-local';
import { Client } from 'pg';
import { progress } from './progress';
import type { Teardown } from './teardown';

/** Benchmarks run beside development data and e2e runs: their own databases and ports. */
export const benchDatabaseSuffix = '_bench';
export const benchBasePort = Number(process.env.JOBBNATET_BENCH_PORT ?? 4600);

/** Kafka and PostgreSQL as `npm start` has them (started, or reused when already running). */
export async function startInfrastructure(teardown: Teardown): Promise<Infrastructure> {
  const infra = await up();
  teardown.add('the infrastructure', () => infra.down());
  return infra;
}

/** Drops and so empties a database on the server `serverUrl` points at. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * The infrastructure plus every app (participants subgraph, gateway), as the e2e starts them, on
 * empty `<service>_bench` databases so each run measures the same amount of data.
 */
export async function startBenchPlatform(
  teardown: Teardown,
): Promise<{ infra: Infrastructure; platform: RunningPlatform }> {
  const infra = await startInfrastructure(teardown);
  for (const name of subgraphNames) {
    await dropDatabase(infra.databaseUrl, `${name.replace(/-/g, '_')}${benchDatabaseSuffix}`);
  }
  progress(`starting the platform on ports ${benchBasePort}+ (logs in .local/logs/)`);
  const platform = await startPlatform(infra, {
    basePort: benchBasePort,
    databaseSuffix: benchDatabaseSuffix,
    output: 'file',
  });
  teardown.add('the platform', () => platform.stop());
  return { infra, platform };
}
