import type { Kafka, Producer } from 'kafkajs';
import type { OutboxBatch, OutboxSink } from '../outbox/outbox-relay';

const cloudEventsContentType = 'application/cloudevents+json; charset=utf-8';

/** An idempotent producer (acks=all): broker-side dedupe of the relay's own retries. */
export class KafkaOutboxSink implements OutboxSink {
  private readonly producer: Producer;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
  }

  private connected?: Promise<void>;

  /** Connects on first use, so a service starts (and its outbox fills) while Kafka is down. */
  private connect(): Promise<void> {
    this.connected ??= this.producer.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    return this.connected;
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  async send(batch: OutboxBatch): Promise<void> {
    await this.connect();
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: batch.map(({ topic, messages }) => ({
        topic,
        messages: messages.map(({ key, value, headers }) => ({
          key,
          value,
          headers: { ...headers, 'content-type': cloudEventsContentType },
        })),
      })),
    });
  }
}
