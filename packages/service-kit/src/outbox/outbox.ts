import {
  createEnvelope,
  type EventDefinition,
  type EventData,
  type EventEnvelope,
} from '@jobbnatet/contracts';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '../database/kit-entities';
import { correlationId } from '../logging/request-context';

/** The channel the relay LISTENs on; PostgreSQL delivers a NOTIFY only when its transaction commits. */
export const outboxChannel = 'jobbnatet_outbox';

export interface PendingEvent<D extends EventDefinition> {
  /** The aggregate id: the envelope's subject and the Kafka key. */
  subject: string;
  data: EventData<D>;
}

/**
 * Writes events into the outbox table inside the caller's transaction, so an event exists exactly
 * when the change it describes does. The envelope is validated first: an event that fails its schema
 * throws, and the caller's transaction rolls back with it.
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
    const envelope = createEnvelope(definition, {
      subject: event.subject,
      data: event.data,
      source: this.source,
      correlationId: correlationId(),
    });
    await manager.insert(OutboxMessageEntity, {
      eventId: envelope.id,
      topic: definition.topic,
      messageKey: event.subject,
      payload: JSON.stringify(envelope),
    });
    await manager.query('SELECT pg_notify($1, NULL)', [outboxChannel]);
    return envelope;
  }
}
