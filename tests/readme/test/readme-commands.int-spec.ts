import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresLocation, repoRoot } from '@jobbnatet/infra-local';
import { expectEventually } from '@jobbnatet/testing';
import { documentedCommands } from './support/documented-commands';

/**
 * Every command the README documents, run as a newcomer runs it, from the repository root, on
 * servers of its own (own ports, own state folder) so that it can be seen to start and stop them.
 * A command the README gains is run to completion unless an exercise below says otherwise.
 */
const commands = documentedCommands(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
const minutes = (count: number) => count * 60_000;

const localDir = mkdtempSync(join(tmpdir(), 'jobbnatet-readme-'));
const ports = { gateway: 0, kafka: 0, postgres: 0 };

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer().listen(port, '127.0.0.1', () =>
      server.close(() => resolve(true)),
    );
    server.once('error', () => resolve(false));
  });
}

const taken = new Set<number>();

/**
 * A base port whose `offsets` are all free and not given out before, below Linux's ephemeral
 * range (32768–60999): a port from that range can be taken by any outgoing connection, Kafka's
 * and PostgreSQL's clients included, between this choice and the command's start.
 */
async function freePorts(offsets: number[]): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 10_000);
    const wanted = offsets.map((offset) => base + offset);
    if (wanted.some((port) => taken.has(port))) continue;
    if ((await Promise.all(wanted.map(portIsFree))).every(Boolean)) {
      for (const port of wanted) taken.add(port);
      return base;
    }
  }
}

/** The gateway's port, the five services' after it and their metrics ports 1000 above. */
const platformOffsets = [0, 1, 2, 3, 4, 5, 1000, 1001, 1002, 1003, 1004, 1005];

function commandEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    JOBBNATET_LOCAL_DIR: localDir,
    JOBBNATET_KAFKA_PORT: String(ports.kafka),
    JOBBNATET_POSTGRES_PORT: String(ports.postgres),
    PORT: String(ports.gateway),
  };
  // Not the suite's servers: the commands start (and must stop) their own.
  delete env.KAFKA_BROKERS;
  delete env.DATABASE_URL;
  delete env.JOBBNATET_TEST_RESULTS;
  return env;
}

const launched: ChildProcess[] = [];

interface Running {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Ctrl-C in a terminal: SIGINT to the command's whole process group. */
  interrupt(): void;
}

function launch(command: string): Running {
  // Its own process group, as a terminal gives each job.
  const child = spawn('sh', ['-c', command], {
    cwd: repoRoot,
    env: commandEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  launched.push(child);
  return {
    child,
    output: () => output,
    exited,
    interrupt: () => process.kill(-child.pid!, 'SIGINT'),
  };
}

/**
 * What a failed command said: its own lines (progress, the reason it stopped), which the apps'
 * log lines during shutdown would push out of a plain tail, then the tail itself.
 */
function failureOutput(output: string): string {
  const own = output.split('\n').filter((line) => !/^\[[a-z-]+\] \{"level"/.test(line));
  return `${own.slice(-60).join('\n')}\n--- last lines ---\n${output.slice(-1500)}`;
}

async function runToCompletion(command: string): Promise<string> {
  const running = launch(command);
  const code = await running.exited;
  // On failure the output is part of the message.
  expect({ command, code, output: code === 0 ? '' : failureOutput(running.output()) }).toEqual({
    command,
    code: 0,
    output: '',
  });
  return running.output();
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function expectServers(state: 'running' | 'stopped', which: number[]): Promise<void> {
  await expectEventually(
    async () => {
      for (const port of which)
        expect({ port, open: await accepts(port) }).toEqual({ port, open: state === 'running' });
    },
    { timeoutMs: 60_000 },
  );
}

const infraPorts = () => [ports.kafka, ports.postgres];

/** Waits until the command prints `line`, or fails with its output if it exits first. */
async function waitFor(running: Running, line: string): Promise<void> {
  let exitCode: number | null | undefined;
  void running.exited.then((code) => (exitCode = code));
  await expectEventually(
    () => {
      if (exitCode !== undefined)
        throw new Error(`exited with ${exitCode}:\n${failureOutput(running.output())}`);
      expect(running.output()).toContain(line);
    },
    // A start provisions, builds, starts six services and loads the demo region: minutes on CI.
    { timeoutMs: minutes(9), intervalMs: 250 },
  );
}

/**
 * Ctrl-C, then every server the command started is gone. Its exit code is not checked: npm and
 * pnpm run scripts through `sh`, which a terminal's SIGINT ends too, so they report the signal.
 */
async function interruptAndExpectStopped(running: Running, which: number[]): Promise<void> {
  running.interrupt();
  await running.exited;
  await expectServers('stopped', which);
  expect(running.output()).toMatch(/\] stopping…/);
  expect(running.output()).not.toContain('could not stop');
}

interface Exercise {
  matches: RegExp;
  run(command: string): Promise<void>;
}

let benchListing: Promise<string> | undefined;

const exercises: Exercise[] = [
  {
    // The whole platform until Ctrl-C: it answers, its dev login works, and Ctrl-C stops it all.
    matches: /^(npm|pnpm) (run )?start$/,
    run: async (command) => {
      const running = launch(command);
      await waitFor(running, 'Jobbnätet is running.');
      // A first start, into empty servers: the demo region is loaded.
      expect(running.output()).toMatch(/Demo region: +loaded \(\d+ records/);
      const users = await fetch(`http://127.0.0.1:${ports.gateway}/auth/dev/users`);
      expect(users.status).toBe(200);
      for (const curl of commands.filter((candidate) => candidate.startsWith('curl '))) {
        const local = curl.replace(/(localhost|127\.0\.0\.1):4000/g, `127.0.0.1:${ports.gateway}`);
        expect(await runToCompletion(local)).toContain('"access_token"');
      }
      await interruptAndExpectStopped(running, [ports.gateway, ports.gateway + 1, ...infraPorts()]);
    },
  },
  {
    // After the plain start above left the demo region behind: a fresh start loads it anew.
    matches: /^npm start -- --fresh$/,
    run: async (command) => {
      const running = launch(command);
      await waitFor(running, 'Jobbnätet is running.');
      expect(running.output()).toContain('deleted the local databases and topics');
      expect(running.output()).toMatch(/Demo region: +loaded \(\d+ records/);
      await interruptAndExpectStopped(running, [ports.gateway, ports.gateway + 1, ...infraPorts()]);
    },
  },
  {
    // Started by a curl inside the platform's exercise, where the gateway runs.
    matches: /^curl /,
    run: async (command) => {
      expect(commands.some((candidate) => /^(npm|pnpm) (run )?start$/.test(candidate))).toBe(true);
      expect(command).toMatch(/(localhost|127\.0\.0\.1):4000/);
    },
  },
  {
    // The full suite is what runs this very test: the command runs on one small package, which
    // still takes it through provisioning, its own infrastructure, turbo and the summary line.
    matches: /^npm (run )?test$/,
    run: async (command) => {
      const output = await runToCompletion(`${command} -- --filter=@jobbnatet/domain-se`);
      expect(output.trimEnd().split('\n').at(-1)).toMatch(/^[1-9]\d* passed, 0 failed$/);
      await expectServers('stopped', infraPorts());
    },
  },
  {
    // Infrastructure only, held until Ctrl-C.
    matches: /^(npm run|pnpm) infra:up$/,
    run: async (command) => {
      const running = launch(command);
      await waitFor(running, 'press Ctrl-C to stop');
      await expectServers('running', infraPorts());
      await interruptAndExpectStopped(running, infraPorts());
    },
  },
  {
    // After an interrupted run (its holder killed, the servers left behind), down stops them.
    matches: /^(npm run|pnpm) infra:down$/,
    run: async (command) => {
      const holder = launch('node infra/local/dist/up.js');
      await waitFor(holder, 'press Ctrl-C to stop');
      holder.child.kill('SIGKILL');
      await holder.exited;
      await expectServers('running', infraPorts());
      await runToCompletion(command);
      await expectServers('stopped', infraPorts());
    },
  },
  {
    // Benchmarks take minutes each and measure time, not correctness: the runner's listing shows
    // that the command reaches it and that the documented benchmark exists.
    matches: /^(npm run|pnpm) bench \S+$/,
    run: async (command) => {
      const name = command.split(' ').at(-1)!;
      benchListing ??= (async () => {
        const running = launch(command.replace(/ \S+$/, ''));
        await running.exited;
        return running.output();
      })();
      expect(await benchListing).toMatch(new RegExp(`^\\s+${name}\\s`, 'm'));
    },
  },
  {
    // Formatting must leave a committed tree as it is.
    matches: /^(npm run|pnpm) format$/,
    run: async (command) => {
      const state = () =>
        spawnSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).stdout;
      const before = state();
      await runToCompletion(command);
      expect(state()).toBe(before);
    },
  },
  {
    // Writes the secrets compose.yaml needs (into a scratch file, to leave the checkout's alone).
    matches: /^(npm run|pnpm) docker:env$/,
    run: async (command) => {
      const file = join(localDir, 'docker.env');
      await runToCompletion(`${command} -- ${file}`);
      const written = readFileSync(file, 'utf8');
      const compose = readFileSync(join(repoRoot, 'infra/docker/compose.yaml'), 'utf8');
      const required = [...compose.matchAll(/\$\{(\w+):\?/g)].map((match) => match[1]!);
      const fromProvider = required.filter((name) => name.startsWith('OIDC_'));
      for (const name of required.filter((name) => !fromProvider.includes(name))) {
        expect(written).toMatch(new RegExp(`^${name}=`, 'm'));
      }
    },
  },
  {
    // Generating is tested in a throw-away copy by tools/scaffold; here the documented command
    // reaches the generator, which without a name prints its usage and writes nothing.
    matches: /^(npm run|pnpm) new:service( |$)/,
    run: async (command) => {
      const running = launch(
        command.slice(0, command.indexOf('new:service') + 'new:service'.length),
      );
      expect(await running.exited).toBe(2);
      expect(running.output()).toContain('usage: pnpm new:service');
    },
  },
  {
    // No Docker engine where the tests run: the file it names exists (docker:env covers its secrets).
    matches: /^docker compose -f \S+ up$/,
    run: async (command) => {
      expect(existsSync(join(repoRoot, command.split(' ')[3]!))).toBe(true);
    },
  },
];

describe('the commands the README documents', () => {
  beforeAll(async () => {
    ports.gateway = await freePorts(platformOffsets);
    // The broker's listener and its controller's.
    ports.kafka = await freePorts([0, 1]);
    ports.postgres = await freePorts([0]);
  });

  // A failed exercise leaves nothing running for the next one.
  afterEach(() => {
    for (const child of launched.splice(0)) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The whole group has exited already.
      }
    }
    spawnSync(process.execPath, [join(repoRoot, 'infra/local/dist/down.js')], {
      env: commandEnv(),
    });
  });

  afterAll(() => {
    const saved = process.env.JOBBNATET_LOCAL_DIR;
    process.env.JOBBNATET_LOCAL_DIR = localDir;
    const { relocated, serverDir } = postgresLocation();
    process.env.JOBBNATET_LOCAL_DIR = saved;
    if (relocated) rmSync(serverDir, { recursive: true, force: true });
    rmSync(localDir, { recursive: true, force: true });
  });

  it('documents the everyday commands', () => {
    expect(commands).toEqual(expect.arrayContaining(['npm start', 'npm test', 'npm run infra:up']));
  });

  it.each(commands)(
    '%s',
    async (command) => {
      const exercise = exercises.find((candidate) => candidate.matches.test(command));
      if (exercise) await exercise.run(command);
      else await runToCompletion(command);
    },
    minutes(12),
  );
});
