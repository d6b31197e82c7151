import { expectEventually } from './expect-eventually';

/** Every consumer group's lag a readiness answer reports, wherever it sits in the detail. */
function lagsIn(node: unknown): number[] {
  if (Array.isArray(node)) return node.flatMap(lagsIn);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own =
    typeof record.group === 'string' && typeof record.lag === 'number' ? [record.lag] : [];
  return [...own, ...Object.values(record).flatMap(lagsIn)];
}

/**
 * Waits until the services at `urls` report no consumer lag (`/health/ready`) twice in a row. A
 * fresh consumer group first replays the topics' whole history, other suites' and runs' events
 * included: waiting for one's own events alone does not say it is done.
 */
export async function consumersCaughtUp(urls: string[], timeoutMs: number): Promise<void> {
  let quiet = 0;
  await expectEventually(
    async () => {
      const answers = await Promise.all(
        urls.map(async (url) => (await fetch(new URL('/health/ready', url))).json() as unknown),
      );
      const lag = lagsIn(answers).reduce((sum, each) => sum + each, 0);
      quiet = lag === 0 ? quiet + 1 : 0;
      if (quiet < 2) throw new Error(`consumers still ${lag} events behind`);
    },
    { timeoutMs, intervalMs: 500 },
  );
}
