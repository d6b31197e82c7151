import { sleep, withTimeout } from './stats';

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
 * Waits until every subgraph's consumers report no lag twice in a row: fresh bench databases mean
 * fresh consumer groups, which first replay the topics' whole history, and a measurement taken
 * meanwhile measures that replay instead.
 */
export async function consumersCaughtUp(subgraphUrls: string[], timeoutMs: number): Promise<void> {
  let lastTotal = Number.NaN;
  await withTimeout(
    (async () => {
      for (let quiet = 0; quiet < 2; ) {
        const answers = await Promise.all(
          subgraphUrls.map(async (url) => {
            const response = await fetch(new URL('/health/ready', url));
            return (await response.json()) as unknown;
          }),
        );
        lastTotal = lagsIn(answers).reduce((sum, lag) => sum + lag, 0);
        quiet = lastTotal === 0 ? quiet + 1 : 0;
        await sleep(500);
      }
    })(),
    timeoutMs,
    () => `consumers still ${lastTotal} events behind`,
  );
}
