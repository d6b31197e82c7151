import { randomUUID } from 'node:crypto';
import { createEnvelope, type EventData, type EventDefinition } from '@jobbnatet/contracts';
import type { KafkaTestProducer, TestEnvelope } from '@jobbnatet/testing';

/**
 * Plays another service in a test: builds its events with the contracts' strict producer schemas,
 * numbers them per subject as its outbox does, and publishes them to its topic.
 */
export abstract class EventPlayer {
  private readonly sequences = new Map<string, number>();

  protected constructor(
    private readonly producer: KafkaTestProducer,
    private readonly topic: string,
    private readonly source: string,
  ) {}

  /** An envelope numbered next for its subject, or at `sequence` (to play events out of order). */
  envelope<D extends EventDefinition>(
    definition: D,
    subject: string,
    data: EventData<D>,
    sequence?: number,
  ): TestEnvelope {
    const next = sequence ?? (this.sequences.get(subject) ?? 0) + 1;
    this.sequences.set(subject, Math.max(next, this.sequences.get(subject) ?? 0));
    return createEnvelope(definition, {
      subject,
      subjectSequence: next,
      data,
      source: this.source,
      correlationId: `test-${randomUUID()}`,
    });
  }

  publish(...envelopes: TestEnvelope[]): Promise<void> {
    return this.producer.publish(this.topic, envelopes);
  }

  stop(): Promise<void> {
    return this.producer.stop();
  }
}
