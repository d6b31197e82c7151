import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './lifecycle';
import { localDir, repoRoot } from './paths';
import { avoidForeignPorts } from './ports';
import { up } from './up';

/** What the shared jest reporter (packages/testing) writes per package. */
interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  failedSuites: number;
}

function readResults(dir: string): SuiteResult[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as SuiteResult);
}

/** `npm test`: infrastructure up, every package's lint, typecheck and tests through turbo, infrastructure down. */
runCommand('test', async (onStop) => {
  const resultsDir = localDir('test-results');
  rmSync(resultsDir, { recursive: true, force: true });
  await avoidForeignPorts();
  const infra = await up();
  const down = onStop(() => infra.down());
  let status = 0;
  try {
    const turbo = (tasks: string[], concurrency: number) =>
      spawnSync(
        'turbo',
        [
          'run',
          ...tasks,
          `--concurrency=${concurrency}`,
          '--continue',
          '--output-logs=full',
          ...process.argv.slice(2),
        ],
        {
          cwd: repoRoot,
          stdio: 'inherit',
          // A hung suite must fail the run, not hold CI until its own limit.
          timeout: 40 * 60_000,
          env: {
            ...process.env,
            DATABASE_URL: infra.databaseUrl,
            KAFKA_BROKERS: infra.kafkaBrokers,
            JOBBNATET_TEST_RESULTS: localDir('test-results'),
          },
        },
      ).status ?? 1;
    // Lint and typecheck run too: the house rules (no kafkajs in apps, no deep imports…) are
    // errors. They use no shared server, so two run at once, one per core; the tests that follow
    // share Kafka and PostgreSQL and run one package at a time (turbo replays the checks).
    status = turbo(['build', 'lint', 'typecheck'], 2);
    status = turbo(['test'], 1) || status;
  } finally {
    // Before the summary, so that its last line is the count.
    await down();
  }

  const results = readResults(resultsDir);
  process.stdout.write('\nTest summary\n');
  for (const result of results.sort((a, b) => a.name.localeCompare(b.name))) {
    process.stdout.write(
      `  ${result.name.padEnd(28)} ${result.passed} passed, ${result.failed} failed\n`,
    );
  }
  // A suite that could not run (syntax error, failed setup) has no failed test but is a failure.
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + Math.max(r.failed, r.failedSuites), 0);
  const broken = status !== 0 && failed === 0 ? 1 : 0;
  if (broken)
    process.stdout.write(
      '  a lint, typecheck or test command failed outside the counts (see above)\n',
    );
  process.stdout.write(`${passed} passed, ${failed + broken} failed\n`);
  return failed + broken > 0 || passed === 0 ? 1 : 0;
});
