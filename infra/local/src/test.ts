import { spawn } from 'node:child_process';
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

/**
 * Who runs beside whom in `npm test`. The suites share Kafka and PostgreSQL, so they run one
 * package at a time; the README's commands start servers of their own and run beside the packages
 * whose suites mostly wait on Kafka (the kit's, the gateway's, reporting's: the cores about 70 %
 * idle while they run alone). The packages in `busy` keep both cores busy on their own and run
 * after them.
 * Tried and not kept: two packages at a time (every suite slower, the run no shorter, and
 * reporting's suites compare read models with whole topics, which another package's events change).
 */
const ownServers = '@jobbnatet/readme';
const busy = ['participants', 'employers', 'job-tracks', 'activities', 'e2e', 'scaffold'].map(
  (name) => `@jobbnatet/${name}`,
);
const filter = (...names: string[]) => names.map((name) => `--filter=${name}`);
const exclude = (option: string) => option.replace('=', '=!');

/** One turbo run; its exit status. A hung suite fails the run instead of holding CI to its limit. */
function runTurbo(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('turbo', ['run', ...args, '--continue', '--output-logs=full'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env,
    });
    const timeout = setTimeout(() => child.kill('SIGTERM'), 40 * 60_000);
    child.once('error', () => resolve(1));
    child.once('exit', (code) => {
      clearTimeout(timeout);
      resolve(code ?? 1);
    });
  });
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
    const env = {
      ...process.env,
      DATABASE_URL: infra.databaseUrl,
      KAFKA_BROKERS: infra.kafkaBrokers,
      JOBBNATET_TEST_RESULTS: localDir('test-results'),
    };
    const turbo = (tasks: string[], concurrency: number, filters: string[]) =>
      runTurbo([...tasks, `--concurrency=${concurrency}`, ...filters], env);
    // Lint and typecheck run too: the house rules (no kafkajs in apps, no deep imports…) are
    // errors. They use no shared server, so two run at once, one per core.
    const requested = process.argv.slice(2);
    status = await turbo(['build', 'lint', 'typecheck'], 2, requested);
    if (requested.length > 0) {
      status = (await turbo(['test'], 1, requested)) || status;
    } else {
      const [readme, waiting] = await Promise.all([
        turbo(['test'], 1, filter(ownServers)),
        turbo(['test'], 1, filter(ownServers, ...busy).map(exclude)),
      ]);
      const rest = await turbo(['test'], 1, filter(...busy));
      status = readme || waiting || rest || status;
    }
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
