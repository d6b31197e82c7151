import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * `pnpm new:service` end to end, in a throw-away copy of this working tree (so the repository,
 * its lockfile included, is never touched): generate, build, compose, and run what it generated.
 */
const repoRoot = join(__dirname, '../../..');
const cli = join(__dirname, '../dist/cli.js');
const service = 'work-surveys';
const minutes = 60_000;

interface RunResult {
  status: number | null;
  output: string;
}

/**
 * The environment of a fresh shell: what pnpm and jest set for this test's own run (the workspace's
 * catalog and settings as `npm_config_*`, `NODE_PATH`) must not leak into the copy's commands.
 */
function freshEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(npm_|pnpm_|PNPM_|NODE_PATH$|JEST_WORKER_ID$|TURBO_)/.test(name),
    ),
  );
}

function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...freshEnvironment(),
      // The nested runs must not add their counts to the outer `npm test` summary.
      JOBBNATET_TEST_RESULTS: '',
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs a step that must succeed; on failure the error carries the end of its output. */
function mustRun(cwd: string, command: string, args: string[], env?: NodeJS.ProcessEnv): string {
  const result = run(cwd, command, args, env);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}:\n${result.output.slice(-6000)}`,
    );
  }
  return result.output;
}

const git = (cwd: string, ...args: string[]) => mustRun(cwd, 'git', args);

/** Tracked and untracked (not ignored) files of the working tree, with the turbo cache linked in. */
function copyWorkingTree(target: string): void {
  const files = git(repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter((file) => file && existsSync(join(repoRoot, file)));
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(target, file));
  }
  // Hard links: the copy reuses this tree's build outputs for every package it does not change.
  if (existsSync(join(repoRoot, '.turbo/cache'))) {
    mustRun(repoRoot, 'cp', ['-al', join(repoRoot, '.turbo'), join(target, '.turbo')]);
  }
  git(target, 'init', '-q');
  git(target, 'add', '-A');
  git(
    target,
    '-c',
    'user.name=scaffold',
    '-c',
    'user.email=scaffold@invalid',
    'commit',
    '-qm',
    'base',
  );
}

describe('pnpm new:service', () => {
  const statusBefore = git(repoRoot, 'status', '--porcelain');
  const lockfileBefore = readFileSync(join(repoRoot, 'pnpm-lock.yaml'), 'utf8');
  let copy: string;
  let generation: RunResult;

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'jobbnatet-scaffold-'));
    copyWorkingTree(copy);
    generation = run(copy, process.execPath, [cli, service]);
  }, 15 * minutes);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('generates, links, builds, prints the schema and composes without an error', () => {
    if (generation.status !== 0) throw new Error(generation.output.slice(-6000));
    expect(generation.output).toContain(`apps/${service} is ready`);
  });

  it('writes the service and changes only the wiring points, lockfile included', () => {
    const changed = git(copy, 'status', '--porcelain', '--untracked-files=all')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    expect(changed.filter((file) => !file.startsWith(`apps/${service}/`)).sort()).toEqual(
      [
        'apps/gateway/api-schema.graphql',
        'apps/gateway/supergraph.graphql',
        'infra/docker/compose.yaml',
        'infra/local/src/apps.ts',
        'packages/contracts/samples/work-survey.created.v1.json',
        'packages/contracts/src/events/index.ts',
        'packages/contracts/src/events/work-survey-events.ts',
        'packages/contracts/src/index.ts',
        'packages/contracts/src/topics.ts',
        'pnpm-lock.yaml',
        `tests/e2e/package.json`,
        `tests/e2e/test/${service}.e2e-spec.ts`,
      ].sort(),
    );
    expect(changed).toEqual(
      expect.arrayContaining([
        `apps/${service}/schema.graphql`,
        `apps/${service}/src/app.module.ts`,
        `apps/${service}/test/${service}.int-spec.ts`,
      ]),
    );
    expect(readFileSync(join(copy, 'apps/gateway/supergraph.graphql'), 'utf8')).toContain(
      `@join__graph(name: "${service}"`,
    );
  });

  it('refuses to generate a service that exists, changing nothing', () => {
    const before = git(copy, 'status', '--porcelain');
    const again = run(copy, process.execPath, [cli, service]);
    expect(again).toEqual({
      status: 2,
      output: expect.stringContaining(`apps/${service} already exists`),
    });
    expect(git(copy, 'status', '--porcelain')).toBe(before);
  });

  it('refuses a name that is not kebab-case', () => {
    const result = run(copy, process.execPath, [cli, 'WorkSurveys']);
    expect(result).toEqual({ status: 2, output: expect.stringContaining('must be kebab-case') });
  });

  it(
    'passes lint, typecheck and its unit and integration tests on real PostgreSQL and Kafka, as do the packages it was wired into',
    () => {
      const turbo = (tasks: string[], packages: string[], extra: string[] = []) =>
        mustRun(copy, 'pnpm', [
          'exec',
          'turbo',
          'run',
          ...tasks,
          ...packages.map((name) => `--filter=@jobbnatet/${name}`),
          '--output-logs=errors-only',
          ...extra,
        ]);
      // Type-checking e2e also builds what its journeys start: gateway, participants, the new app.
      turbo(['lint', 'typecheck'], [service, 'contracts', 'infra-local', 'e2e']);
      // One test run at a time, as `npm test` runs them: they share the broker and the server.
      turbo(['test'], [service, 'contracts'], ['--concurrency=1']);
    },
    15 * minutes,
  );

  it(
    'recomposes into exactly the committed supergraph, and its e2e journey passes through the gateway',
    () => {
      mustRun(copy, 'pnpm', ['--filter', '@jobbnatet/gateway', 'exec', 'jest', 'src/compose']);
      mustRun(
        copy,
        'pnpm',
        ['--filter', '@jobbnatet/e2e', 'exec', 'jest', `test/${service}.e2e-spec.ts`],
        {
          // Beside, not on, the ports the repository's own e2e run uses.
          JOBBNATET_E2E_PORT: String(Number(process.env.JOBBNATET_E2E_PORT ?? 4400) + 20),
        },
      );
    },
    15 * minutes,
  );

  it('leaves this repository exactly as it was', () => {
    expect(git(repoRoot, 'status', '--porcelain')).toBe(statusBefore);
    expect(readFileSync(join(repoRoot, 'pnpm-lock.yaml'), 'utf8')).toBe(lockfileBefore);
  });
});
