/** How long to wait before retry `attempt` (1-based); `undefined` means give up. */
export type RetryPolicy = (attempt: number) => number | undefined;

export function exponentialBackoff({
  retries = 5,
  initialMs = 100,
  maxMs = 10_000,
}: { retries?: number; initialMs?: number; maxMs?: number } = {}): RetryPolicy {
  return (attempt) =>
    attempt > retries ? undefined : Math.min(maxMs, initialMs * 2 ** (attempt - 1));
}
