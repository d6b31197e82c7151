import type { LoggerService } from '@nestjs/common';
import { Kafka, logLevel, type LogEntry } from 'kafkajs';

/**
 * The one place that knows the Kafka client library. Apps never import it (lint rule), so the
 * client can be replaced by changing this folder.
 */
export function createKafka(brokers: string, clientId: string, logger: LoggerService): Kafka {
  return new Kafka({
    clientId,
    brokers: brokers.split(','),
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const message = `${log.message}${log.error ? `: ${String(log.error)}` : ''}`;
        if (level <= logLevel.ERROR) logger.error(message, undefined, 'Kafka');
        else logger.warn(message, 'Kafka');
      },
    retry: { initialRetryTime: 100, retries: 8 },
  });
}

/** Creates topics that do not exist yet; existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: string[], partitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions })),
    });
  } finally {
    await admin.disconnect();
  }
}
