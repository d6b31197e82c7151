import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { progress } from './progress';
import type { Teardown } from './teardown';

/** What a script in `src/peers` sends its parent over IPC. */
export type ChildMessage =
  | { ready: number }
  | { done: { at: number; received: number; distinct: number } };

export interface Child {
  pid: number;
  /** The `ready` value: a server's port. */
  ready: number;
  /** Resolves with the first `done` message. */
  done: Promise<Extract<ChildMessage, { done: unknown }>['done']>;
}

/**
 * Starts one of `src/peers/*` in its own process (its own thread, as a subgraph has) and waits for
 * it to send `{ ready }`; stopped by the teardown. `env` comes on top of ours.
 */
export async function startChild(
  teardown: Teardown,
  script: string,
  env: Record<string, string>,
): Promise<Child> {
  const child: ChildProcess = fork(join(__dirname, '..', 'peers', `${script}.js`), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  teardown.add(script, async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });
  const exited = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code}`))),
  );
  const message = <T>(pick: (message: ChildMessage) => T | undefined) =>
    Promise.race([
      exited,
      new Promise<T>((resolve) => {
        const listener = (received: ChildMessage) => {
          const value = pick(received);
          if (value === undefined) return;
          child.off('message', listener);
          resolve(value);
        };
        child.on('message', listener);
      }),
    ]);
  const done = message((m) => ('done' in m ? m.done : undefined));
  done.catch(() => undefined);
  const ready = await message((m) => ('ready' in m ? m.ready : undefined));
  progress(`${script} ready (pid ${child.pid})`);
  return { pid: child.pid!, ready, done };
}

export interface ChildServer {
  url: string;
  pid: number;
}

/** A server among `src/peers`, started by `startChild`, at the URL of the port it reports. */
export async function startChildServer(
  teardown: Teardown,
  script: string,
  env: Record<string, string>,
): Promise<ChildServer> {
  const child = await startChild(teardown, script, env);
  return { url: `http://127.0.0.1:${child.ready}/graphql`, pid: child.pid };
}

/** What a script in `src/peers` sends its parent. */
export function tellParent(message: ChildMessage): void {
  process.send?.(message);
}
