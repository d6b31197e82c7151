import type { Benchmark } from './benchmark';
import { mutationLatency } from './benchmarks/mutation-latency';
import { outboxRelay } from './benchmarks/outbox-relay';
import { participantsList } from './benchmarks/participants-list';

/** Every benchmark `run.ts` knows; adding one means adding its module here. */
export const benchmarks: readonly Benchmark[] = [participantsList, outboxRelay, mutationLatency];
