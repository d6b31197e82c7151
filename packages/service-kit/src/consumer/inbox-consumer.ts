import { deadLetterTopic, parseEvent, type EventEnvelope } from '@jobbnatet/contracts';
import type { LoggerService } from '@nestjs/common';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { ensureTopics } from '../kafka/kafka-connection';
import { runInRequestContext } from '../logging/request-context';
import { exponentialBackoff, type RetryPolicy } from './retry-policy';

export type EventHandler = (event: EventEnvelope, manager: EntityManager) => Promise<void>;

export interface InboxConsumerOptions {
  groupId: string;
  topics: string[];
  handle: EventHandler;
  retry?: RetryPolicy;
  fromBeginning?: boolean;
}

/** Headers a dead letter carries, so it can be traced back and replayed. */
export const deadLetterHeaders = {
  topic: 'x-original-topic',
  partition: 'x-original-partition',
  offset: 'x-original-offset',
  error: 'x-error',
} as const;

/**
 * Applies each event at most once: the event id goes into the inbox table in the same transaction
 * as the handler's writes. A failing handler is retried with backoff; an event that still fails,
 * or that is not a valid event of the catalog, goes to the group's dead-letter topic.
 */
export class InboxConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly retry: RetryPolicy;

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly logger: LoggerService,
    private readonly options: InboxConsumerOptions,
  ) {
    this.consumer = kafka.consumer({ groupId: options.groupId });
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.retry = options.retry ?? exponentialBackoff();
  }

  get deadLetterTopic(): string {
    return deadLetterTopic(this.options.groupId);
  }

  async start(): Promise<void> {
    // Topics are never auto-created: make sure what we read and where dead letters go exist.
    await ensureTopics(this.kafka, [...this.options.topics, this.deadLetterTopic]);
    await Promise.all([this.consumer.connect(), this.producer.connect()]);
    await this.consumer.subscribe({
      topics: this.options.topics,
      fromBeginning: this.options.fromBeginning ?? true,
    });
    await this.consumer.run({
      eachMessage: ({ topic, partition, message }) => this.process(topic, partition, message),
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private async process(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    const parsed = parseEvent(message.value ?? '');
    if (!parsed.ok) return this.deadLetter(topic, partition, message, parsed.error);
    const { envelope } = parsed;
    for (let attempt = 1; ; attempt++) {
      try {
        await runInRequestContext({ correlationId: envelope.correlationid }, () =>
          this.applyOnce(envelope, topic, partition, message.offset),
        );
        return;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const delay = this.retry(attempt);
        if (delay === undefined) return this.deadLetter(topic, partition, message, reason);
        this.logger.warn(
          `event ${envelope.id} failed (attempt ${attempt}), retrying: ${reason}`,
          'InboxConsumer',
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private async applyOnce(
    envelope: EventEnvelope,
    topic: string,
    partition: number,
    offset: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO inbox (consumer_group, event_id, topic, kafka_partition, kafka_offset)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, envelope.id, topic, partition, offset],
      )) as unknown[];
      if (inserted.length === 0) return;
      await this.options.handle(envelope, manager);
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    error: string,
  ): Promise<void> {
    this.logger.error(
      `event at ${topic}/${partition}@${message.offset} dead-lettered: ${error}`,
      undefined,
      'InboxConsumer',
    );
    await this.producer.send({
      topic: this.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            [deadLetterHeaders.topic]: topic,
            [deadLetterHeaders.partition]: String(partition),
            [deadLetterHeaders.offset]: message.offset,
            [deadLetterHeaders.error]: error.slice(0, 1_000),
          },
        },
      ],
    });
  }
}
