import type { DataSource } from 'typeorm';
import type { ConsumerStatus, InboxConsumer } from '../consumer/inbox-consumer';
import type { OutboxRelay, RelayRole } from '../outbox/outbox-relay';

// A type, not an interface: terminus wants a plain record.
export type OutboxStatus = {
  relay: RelayRole;
  /** Events written but not yet acknowledged by Kafka. */
  backlog?: number;
  oldestUnsentAgeSeconds?: number;
  lastError?: string;
};

/** What readiness reports about events: informative, never a reason to leave the rotation. */
export class EventsStatus {
  /** Set while the kit waits for Kafka to create topics and start the relay. */
  kafkaUnreachable?: string;
  readonly inboxConsumers: InboxConsumer[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async outbox(): Promise<OutboxStatus> {
    const { role, lastError } = this.relay.status;
    const status: OutboxStatus = { relay: role };
    try {
      const [row] = (await this.dataSource.query(
        `SELECT count(*)::int AS backlog,
                COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age
         FROM outbox`,
      )) as { backlog: number; age: number }[];
      status.backlog = row?.backlog ?? 0;
      status.oldestUnsentAgeSeconds = Math.round((row?.age ?? 0) * 10) / 10;
    } catch {
      // The database indicator reports why; the backlog is simply unknown meanwhile.
    }
    const error = this.kafkaUnreachable ?? lastError;
    return error ? { ...status, lastError: error } : status;
  }

  consumers(): ConsumerStatus[] {
    return this.inboxConsumers.map((consumer) => consumer.status);
  }
}
