import {
  startPlatform,
  up,
  type Infrastructure,
  type RunningPlatform,
  type SubgraphName,
} from '@jobbnatet/infra-local';
import { progress } from './progress';
import type { Teardown } from './teardown';

/**
 * Benchmarks run beside development data, e2e runs and other benchmarks: their own ports, and
 * databases named after the port (a run on other ports drops only its own).
 */
export const benchBasePort = Number(process.env.JOBBNATET_BENCH_PORT ?? 4600);
export const benchDatabaseSuffix = `_bench_${benchBasePort}`;

/** Kafka and PostgreSQL as `npm start` has them (started, or reused when already running). */
export async function startInfrastructure(teardown: Teardown): Promise<Infrastructure> {
  const infra = await up();
  teardown.add('the infrastructure', () => infra.down());
  return infra;
}

/**
 * The infrastructure plus every app (or the subgraphs `only` names, and the gateway), as the e2e
 * starts them, on empty `<service>_bench_<port>` databases so each run measures the same amount of
 * data.
 */
export async function startBenchPlatform(
  teardown: Teardown,
  only?: readonly SubgraphName[],
): Promise<{ infra: Infrastructure; platform: RunningPlatform }> {
  const infra = await startInfrastructure(teardown);
  progress(
    `starting ${only ? `${only.join(', ')} and the gateway` : 'the platform'} on ports ${benchBasePort}+ (logs in .local/logs/)`,
  );
  const platform = await startPlatform(infra, {
    basePort: benchBasePort,
    databaseSuffix: benchDatabaseSuffix,
    freshDatabases: true,
    output: 'file',
    ...(only ? { only } : {}),
  });
  teardown.add('the platform', () => platform.stop());
  return { infra, platform };
}
