import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { localDir } from './paths';

/**
 * A record of a background server this tooling started (`.local/run/<name>.json`), so that a second
 * run can adopt it and `infra:down` can stop it after an interrupted run.
 */
export interface ProcessRecord {
  pid: number;
  port: number;
  /** The process that stops it on Ctrl-C; when that one is gone, whoever adopts the server next. */
  owner: number;
}

function recordFile(name: string): string {
  return join(localDir('run'), `${name}.json`);
}

/** The record of a server that is still alive, if any. */
export function readRecord(name: string): ProcessRecord | undefined {
  const file = recordFile(name);
  if (!existsSync(file)) return undefined;
  const record = JSON.parse(readFileSync(file, 'utf8')) as ProcessRecord;
  return isAlive(record.pid) ? record : undefined;
}

export function writeRecord(name: string, record: ProcessRecord): void {
  writeFileSync(recordFile(name), JSON.stringify(record));
}

export function clearRecord(name: string): void {
  rmSync(recordFile(name), { force: true });
}

/**
 * Adopting a running server: it stays with its owner while that one lives; a server whose owner is
 * gone (an interrupted run) passes to this process, which then stops it on Ctrl-C.
 */
export function adopt(name: string, pid: number, port: number): boolean {
  const record = readRecord(name);
  if (record && record.pid === pid && isAlive(record.owner)) return false;
  writeRecord(name, { pid, port, owner: process.pid });
  return true;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (PostgreSQL's server runs as `postgres` under root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function portAcceptsConnections(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls `check` until it returns true; throws with `what` in the message after `timeoutMs`. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 60_000,
  intervalMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
}

/** Sends `signal` and waits for the process to exit, escalating to SIGKILL after `graceMs`. */
export async function terminate(
  pid: number,
  graceMs = 20_000,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, signal);
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}
