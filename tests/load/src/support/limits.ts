/**
 * The lines of /work/shared/LIMITS.md (bare-bones ceilings on this machine kind, measured 2026-11-23)
 * that our benchmarks are compared against. Copied here by hand: that file is not part of the repo.
 */
export const limits = {
  outboxDrainOneWorker: {
    line: 'LIMITS: outbox drain, 1 worker',
    value: 40_000,
  },
  relayLatencyP50: {
    line: 'LIMITS: commit → consumer, relay polling 10 ms, p50',
    value: 8.5,
  },
  relayLatencyP99: {
    line: 'LIMITS: commit → consumer, relay polling 10 ms, p99',
    value: 15.5,
  },
  replayIntoPostgres: {
    line: 'LIMITS: replay into a PostgreSQL read model, one multi-row upsert per batch',
    value: 58_000,
  },
  rebuildTarget: {
    line: 'issue 17 target: 0.5 × the replay-into-PostgreSQL ceiling',
    value: 29_000,
  },
} as const;

export function comparedWithLimit(limit: { line: string; value: number }): {
  with: string;
  value: number;
} {
  return { with: limit.line, value: limit.value };
}
