#!/usr/bin/env node
// Entry point of `npm start`, `npm test`, `npm run bench` and `npm run new:service`. Plain JavaScript so that it runs on
// whatever Node the machine has (20 or newer): it provisions Node 24 and the pinned pnpm into
// `.tools/` (git-ignored) from the npm registry, installs the workspace with the frozen lockfile,
// builds it, and hands over to the TypeScript orchestrator in infra/local. A second run reuses all
// of that and only does what changed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tools = join(root, '.tools');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '');
const nodeMajor = Number(/\d+/.exec(manifest.engines.node)[0]);

const [command = 'test', ...rest] = process.argv.slice(2);
const commands = {
  start: ['infra/local/dist/start.js'],
  test: ['infra/local/dist/test.js'],
  bench: ['tests/load/dist/run.js'],
  'infra:up': ['infra/local/dist/up.js'],
  'infra:down': ['infra/local/dist/down.js'],
  'docker:env': ['infra/local/dist/docker-env.js'],
  'new:service': ['tools/scaffold/dist/cli.js'],
};
if (!(command in commands)) {
  fail(`unknown command "${command}" (${Object.keys(commands).join(', ')})`);
}

function step(message) {
  process.stdout.write(`[bootstrap] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
  process.exit(1);
}

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) fail(`${cmd} could not start: ${result.error.message}`);
  return result.status ?? 1;
}

function mustRun(cmd, args, env) {
  const status = run(cmd, args, env);
  if (status !== 0) fail(`${[cmd, ...args].join(' ')} exited with ${status}`);
}

function installedVersion(pkg) {
  const file = join(tools, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

function provisionTools() {
  const wantNode = Number(process.versions.node.split('.')[0]) !== nodeMajor;
  const nodeOk = !wantNode || installedVersion('node')?.startsWith(`${nodeMajor}.`);
  const pnpmOk = installedVersion('pnpm') === pnpmVersion;
  if (nodeOk && pnpmOk) return wantNode;
  const specs = [`pnpm@${pnpmVersion}`, ...(wantNode ? [`node@${nodeMajor}`] : [])];
  step(`provisioning ${specs.join(' and ')} into .tools/ (first run only)`);
  mustRun('npm', [
    'install',
    '--prefix',
    tools,
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--loglevel=error',
    ...specs,
  ]);
  return wantNode;
}

const useProvisionedNode = provisionTools();
const nodeBin = useProvisionedNode
  ? join(tools, 'node_modules', 'node', 'bin', 'node')
  : process.execPath;
const pnpm = [join(tools, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs')];
const env = {
  ...process.env,
  // turbo finds pnpm on PATH; packages' scripts find turbo, jest and tsc in node_modules/.bin.
  PATH: [
    dirname(nodeBin),
    join(tools, 'node_modules', '.bin'),
    join(root, 'node_modules', '.bin'),
    process.env.PATH,
  ].join(':'),
  TURBO_NO_UPDATE_NOTIFIER: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};

step(
  `node ${spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim()}, pnpm ${pnpmVersion}`,
);
mustRun(nodeBin, [...pnpm, 'install', '--frozen-lockfile', '--reporter=append-only'], env);
mustRun(nodeBin, [...pnpm, 'exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], env);
// The command stops what it started on Ctrl-C or SIGTERM; this process passes signals on and waits.
const child = spawn(nodeBin, [...commands[command], ...rest], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => fail(`${command} could not start: ${error.message}`));
child.on('exit', (code) => process.exit(code ?? 1));
