/**
 * Runs `task` until it succeeds, waiting 1 s, 2 s, 4 s … (at most 30 s) between attempts, so that a
 * service started while Kafka is down connects once it is up. Gives up silently when cancelled.
 */
export async function retryUntilDone(
  task: () => Promise<void>,
  {
    isCancelled,
    onFailure,
  }: { isCancelled: () => boolean; onFailure: (error: Error, delayMs: number) => void },
): Promise<void> {
  for (let attempt = 1; !isCancelled(); attempt++) {
    try {
      await task();
      return;
    } catch (error) {
      if (isCancelled()) return;
      const delay = Math.min(30_000, 500 * 2 ** attempt);
      onFailure(error instanceof Error ? error : new Error(String(error)), delay);
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
    }
  }
}
