import { progress } from './progress';

const active = new Set<Teardown>();

/**
 * What a benchmark started, stopped in reverse order whether the run succeeds, fails or is
 * interrupted (run.ts calls `teardownAll` on SIGINT/SIGTERM). A failing step does not stop the rest.
 */
export class Teardown {
  private readonly steps: { what: string; stop: () => Promise<unknown> }[] = [];
  private running?: Promise<void>;

  constructor() {
    active.add(this);
  }

  add(what: string, stop: () => Promise<unknown>): void {
    this.steps.push({ what, stop });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.stop();
        } catch (error) {
          progress(
            `could not stop ${step.what}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      active.delete(this);
    })();
    return this.running;
  }
}

export async function teardownAll(): Promise<void> {
  await Promise.all([...active].map((teardown) => teardown.run()));
}
