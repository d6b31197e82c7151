import type { Benchmark } from './benchmark';
import { gatewayPeers } from './benchmarks/gateway-peers';
import { mutationLatency } from './benchmarks/mutation-latency';
import { outboxRelay } from './benchmarks/outbox-relay';
import { participantsList } from './benchmarks/participants-list';
import { participantsOffice } from './benchmarks/participants-office';
import { reportingLag } from './benchmarks/reporting-lag';
import { reportingRebuild } from './benchmarks/reporting-rebuild';

/** Every benchmark `run.ts` knows; adding one means adding its module here. */
export const benchmarks: readonly Benchmark[] = [
  participantsList,
  participantsOffice,
  gatewayPeers,
  outboxRelay,
  mutationLatency,
  reportingLag,
  reportingRebuild,
];
