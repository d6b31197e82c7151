import type { Kafka, Producer } from 'kafkajs';
import type { OutboxSink } from '../outbox/outbox-relay';

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

  async send(
    batch: { topic: string; messages: { key: string; value: string }[] }[],
  ): Promise<void> {
    await this.connect();
    const headers = { 'content-type': 'application/cloudevents+json; charset=utf-8' };
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: batch.map(({ topic, messages }) => ({
        topic,
        messages: messages.map((message) => ({ ...message, headers })),
      })),
    });
  }
}
