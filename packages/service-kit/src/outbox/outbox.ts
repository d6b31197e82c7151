import {
  createEnvelope,
  type EventDefinition,
  type EventData,
  type EventEnvelope,
} from '@jobbnatet/contracts';
import { currentTraceparent } from '@jobbnatet/telemetry';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '../database/kit-entities';
import { correlationId } from '../logging/request-context';

/**
 * The channel the relay LISTENs on and the outbox trigger NOTIFYs; PostgreSQL delivers a NOTIFY only
 * when its transaction commits.
 */
export const outboxChannel = 'jobbnatet_outbox';

/**
 * The largest event the outbox takes: far above any event of ours (under 1 KB), far below what a
 * kit topic takes in one record batch (4 MiB), so no event can stall the relay.
 */
export const maxEventBytes = 1024 * 1024;

export interface PendingEvent<D extends EventDefinition> {
  /** The aggregate id: the envelope's subject and the Kafka key. */
  subject: string;
  data: EventData<D>;
}

/**
 * Writes events into the outbox table inside the caller's transaction, so an event exists exactly
 * when the change it describes does. The envelope is validated first: an event that fails its schema
 * or is larger than `maxEventBytes` throws, and the caller's transaction rolls back with it. Each event gets the next number of its
 * subject's sequence (`subjectsequence`), which rolls back with the transaction too: no gaps.
 */
export class Outbox {
  constructor(private readonly source: string) {}

  async publish<D extends EventDefinition>(
    manager: EntityManager,
    definition: D,
    event: PendingEvent<D>,
  ): Promise<EventEnvelope<EventData<D>>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox.publish must run inside the transaction of the change it describes');
    }
    // Before the outbox insert: a second writer to this subject waits here for the first to commit,
    // so its row also gets the higher outbox seq and the relay sends the two in order.
    const [{ sequence }] = (await manager.query(
      `INSERT INTO outbox_subject_sequence AS s (subject, last_sequence) VALUES ($1, 1)
       ON CONFLICT (subject) DO UPDATE SET last_sequence = s.last_sequence + 1
       RETURNING last_sequence::int AS sequence`,
      [event.subject],
    )) as [{ sequence: number }];
    const envelope = createEnvelope(definition, {
      subject: event.subject,
      subjectSequence: sequence,
      data: event.data,
      source: this.source,
      correlationId: correlationId(),
      traceparent: currentTraceparent(),
    });
    const payload = JSON.stringify(envelope);
    const bytes = Buffer.byteLength(payload);
    if (bytes > maxEventBytes) {
      throw new Error(`${definition.type} is ${bytes} bytes, over the outbox's ${maxEventBytes}`);
    }
    await manager.insert(OutboxMessageEntity, {
      eventId: envelope.id,
      topic: definition.topic,
      messageKey: event.subject,
      traceparent: envelope.traceparent ?? null,
      payload,
    });
    // The insert's trigger NOTIFYs the relay (kit migration NotifyRelayOnOutboxInsert).
    return envelope;
  }
}
