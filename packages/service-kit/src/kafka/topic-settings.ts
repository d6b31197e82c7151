import { z } from 'zod';

const day = 24 * 60 * 60 * 1000;

/**
 * How the kit creates topics and how long consumers remember what they applied (docs/adr/0016).
 * Part of every service's config; the defaults suit one local broker and production alike.
 */
export const eventsConfigShape = {
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).default(3),
  /** -1 leaves it to the broker's `default.replication.factor`. */
  KAFKA_TOPIC_REPLICATION_FACTOR: z.coerce
    .number()
    .int()
    .refine((n) => n === -1 || n >= 1, 'a positive number, or -1 for the broker default')
    .default(-1),
  KAFKA_DEAD_LETTER_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  INBOX_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
};

export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
  deadLetterRetentionMs: number;
}

export const defaultTopicSettings: TopicSettings = {
  partitions: 3,
  replicationFactor: -1,
  deadLetterRetentionMs: 30 * day,
};

export function topicSettings(config: {
  KAFKA_TOPIC_PARTITIONS: number;
  KAFKA_TOPIC_REPLICATION_FACTOR: number;
  KAFKA_DEAD_LETTER_RETENTION_DAYS: number;
}): TopicSettings {
  return {
    partitions: config.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
    deadLetterRetentionMs: config.KAFKA_DEAD_LETTER_RETENTION_DAYS * day,
  };
}

export function inboxRetentionMs(config: { INBOX_RETENTION_DAYS: number }): number {
  return config.INBOX_RETENTION_DAYS * day;
}

/** Dead-letter and redrive topics hold what a group could not apply; every other topic is history. */
function isParkingTopic(topic: string): boolean {
  return topic.startsWith('jobbnatet.dlq.') || topic.startsWith('jobbnatet.redrive.');
}

/**
 * The largest record batch a kit topic takes (`max.message.bytes`; Kafka's default is 1 MB): room
 * for the outbox relay's requests (docs/adr/0004). Every current client reads a batch larger than
 * its fetch size (KIP-74), so consumers need no setting of their own.
 */
export const maxRecordBatchBytes = 4 * 1024 * 1024;

/**
 * The topic-level configs the kit owns. Domain topics never delete by time or size: read models are
 * rebuilt by replaying them from the start. Parking topics keep their messages for a while only.
 */
export function managedTopicConfigs(
  topic: string,
  settings: TopicSettings,
): Record<string, string> {
  return {
    'cleanup.policy': 'delete',
    'retention.ms': isParkingTopic(topic) ? String(settings.deadLetterRetentionMs) : '-1',
    'retention.bytes': '-1',
    'max.message.bytes': String(maxRecordBatchBytes),
  };
}
