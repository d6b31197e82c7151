import { progress } from './log';

type Stop = () => Promise<void>;

/** Registers something to stop when the command ends; the returned function stops it early. */
export type OnStop = (stop: Stop) => Stop;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs a command of the local tooling (`npm start`, `npm test`, `infra:up`). `main` registers each
 * thing it starts; whatever ends the command (its return, a failure, Ctrl-C or SIGTERM, even in the
 * middle of start-up) stops them in reverse order. A failure prints one line: what failed and what to
 * do. `'hold'` keeps the command in the foreground until a signal.
 */
export function runCommand(
  component: string,
  main: (onStop: OnStop) => Promise<number | 'hold'>,
): void {
  const stops: Stop[] = [];
  let settled = false;
  let interrupted = false;
  // The servers run in their own sessions and the command may own nothing else: hold the loop.
  const keepAlive = setInterval(() => undefined, 2 ** 30);

  const exit = async (code: number, failure?: string) => {
    if (failure) progress(component, failure);
    for (const stop of stops.splice(0).reverse()) {
      await stop().catch((error: unknown) =>
        progress(
          component,
          `could not stop everything (${describe(error)}): run npm run infra:down`,
        ),
      );
    }
    clearInterval(keepAlive);
    process.exit(code);
  };

  const onSignal = () => {
    // Ctrl-C often arrives twice (from the terminal and forwarded by npm): one stop is enough.
    if (interrupted) return;
    interrupted = true;
    // Mid-start, the servers' handles only exist once start-up settles; stopping waits for them.
    progress(component, settled ? 'stopping…' : 'stopping as soon as start-up settles…');
    if (settled) void exit(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const onStop: OnStop = (stop) => {
    stops.push(stop);
    return async () => {
      const index = stops.indexOf(stop);
      if (index >= 0) stops.splice(index, 1);
      await stop();
    };
  };
  main(onStop).then(
    (result) => {
      settled = true;
      if (interrupted) void exit(130);
      else if (result !== 'hold') void exit(result);
    },
    (error: unknown) => {
      settled = true;
      void exit(1, describe(error));
    },
  );
}
