import {
  counter,
  createMetricsRegistry,
  Gauge,
  latencyHistogram,
  type MetricsRegistry,
} from '@jobbnatet/telemetry';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { DeadLetterReason } from '../consumer/inbox-consumer';
import type { EventsStatus } from '../health/events-status';

/** What one running app contributes to its scrape: its database pool, outbox and consumers. */
export interface MetricsSource {
  database: string;
  dataSource: DataSource;
  events: EventsStatus;
}

/**
 * The service's metrics, one registry per process (prom-client's own model): GraphQL operations
 * (see `graphqlObservabilityPlugin`), the outbox's backlog and oldest unsent event, what the relay
 * sent, consumer lag per topic-partition, dead letters per group, database pool use, and Node's
 * process metrics. The gauges are read from the running app at scrape time.
 */
export class KitMetrics {
  readonly registry: MetricsRegistry;
  private readonly sources = new Set<MetricsSource>();
  private readonly relayed;
  private readonly relayBatchSeconds;
  private readonly deadLetters;

  constructor(service: string) {
    this.registry = createMetricsRegistry(service);
    const registers = [this.registry];
    this.relayed = counter(
      this.registry,
      'jobbnatet_outbox_relayed_events',
      'Events the outbox relay sent to Kafka (acknowledged), by topic',
      ['topic'],
    );
    this.relayBatchSeconds = latencyHistogram(
      this.registry,
      'jobbnatet_outbox_relay_batch_duration_seconds',
      'Time to send one drained batch to Kafka and delete it from the outbox',
      [],
    );
    this.deadLetters = counter(
      this.registry,
      'jobbnatet_consumer_dead_letters',
      'Events a consumer group parked on its dead-letter topic, by reason',
      ['group', 'reason'],
    );
    const sources = () => [...this.sources];
    // A scrape collects both outbox gauges at once: one query per database serves the two.
    const outboxes = oncePerScrape(() =>
      Promise.all(
        sources().map(async ({ database, events }) => ({ database, ...(await events.outbox()) })),
      ),
    );
    new Gauge({
      name: 'jobbnatet_outbox_backlog_events',
      help: 'Events written to the outbox and not yet acknowledged by Kafka',
      labelNames: ['database'],
      registers,
      async collect() {
        this.reset();
        for (const { database, backlog } of await outboxes())
          if (backlog !== undefined) this.set({ database }, backlog);
      },
    });
    new Gauge({
      name: 'jobbnatet_outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest event still in the outbox (0 when it is empty)',
      labelNames: ['database'],
      registers,
      async collect() {
        this.reset();
        for (const { database, oldestUnsentAgeSeconds } of await outboxes())
          if (oldestUnsentAgeSeconds !== undefined) this.set({ database }, oldestUnsentAgeSeconds);
      },
    });
    new Gauge({
      name: 'jobbnatet_consumer_lag_messages',
      help: 'Messages behind the newest per topic-partition, as the group member last read it',
      labelNames: ['group', 'topic', 'partition'],
      registers,
      collect() {
        this.reset();
        for (const source of sources())
          for (const { group, partitions = [] } of source.events.consumers())
            for (const { topic, partition, lag } of partitions)
              this.set({ group, topic, partition: String(partition) }, lag);
      },
    });
    new Gauge({
      name: 'jobbnatet_db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting clients) and its maximum',
      labelNames: ['database', 'state'],
      registers,
      collect() {
        this.reset();
        for (const source of sources()) {
          const pool = poolOf(source.dataSource);
          if (!pool) continue;
          const { database } = source;
          this.set({ database, state: 'total' }, pool.totalCount);
          this.set({ database, state: 'idle' }, pool.idleCount);
          this.set({ database, state: 'waiting' }, pool.waitingCount);
          this.set({ database, state: 'max' }, pool.options.max ?? 10);
        }
      },
    });
  }

  attach(source: MetricsSource): () => void {
    this.sources.add(source);
    return () => this.sources.delete(source);
  }

  relayBatchSent(batch: { topic: string; messages: unknown[] }[], seconds: number): void {
    for (const { topic, messages } of batch) this.relayed.inc({ topic }, messages.length);
    this.relayBatchSeconds.observe({ value: seconds });
  }

  /** Every group shows a count, zero until its first dead letter. */
  consumerGroupStarted(group: string, reasons: readonly DeadLetterReason[]): void {
    for (const reason of reasons) this.deadLetters.inc({ group, reason }, 0);
  }

  deadLettered(group: string, reason: DeadLetterReason): void {
    this.deadLetters.inc({ group, reason });
  }
}

/**
 * `read` shared by every caller while one call is in flight: prom-client starts all collectors of
 * a scrape in the same tick, so they share one read, and the next scrape reads afresh.
 */
function oncePerScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () =>
    (inFlight ??= read().finally(() => {
      inFlight = undefined;
    }));
}

/** TypeORM's PostgreSQL driver keeps its node-postgres pool as `master`. */
function poolOf(dataSource: DataSource): Pool | undefined {
  if (!dataSource.isInitialized) return undefined;
  return (dataSource.driver as unknown as { master?: Pool }).master;
}

export const deadLetterReasons: readonly DeadLetterReason[] = [
  'malformed',
  'unknown-type',
  'unknown-version',
  'invalid-data',
  'handler-failed',
];

let processMetrics: KitMetrics | undefined;

/** The process's metrics; the first caller names the service. */
export function kitMetrics(service: string): KitMetrics {
  processMetrics ??= new KitMetrics(service);
  return processMetrics;
}
