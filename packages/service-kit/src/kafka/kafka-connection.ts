import type { LoggerService } from '@nestjs/common';
import {
  ConfigResourceTypes,
  ConfigSource,
  Kafka,
  logLevel,
  type Admin,
  type LogEntry,
} from 'kafkajs';
import { defaultTopicSettings, managedTopicConfigs, type TopicSettings } from './topic-settings';

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

/**
 * Creates missing topics with the configured partitions, replication factor and retention, and
 * brings the retention of existing ones in line (a topic created before with the broker's 7-day
 * default would otherwise delete history). Partition counts of existing topics are left alone:
 * adding partitions re-keys and breaks per-aggregate order.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[],
  settings: TopicSettings = defaultTopicSettings,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: settings.partitions,
          replicationFactor: settings.replicationFactor,
          configEntries: Object.entries(managedTopicConfigs(topic, settings)).map(
            ([name, value]) => ({ name, value }),
          ),
        })),
      });
    }
    const present = topics.filter((topic) => existing.has(topic));
    if (present.length > 0) await alignTopicConfigs(admin, present, settings);
  } finally {
    await admin.disconnect();
  }
}

async function alignTopicConfigs(
  admin: Admin,
  topics: string[],
  settings: TopicSettings,
): Promise<void> {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })),
  });
  const changes = resources.flatMap((resource) => {
    const wanted = managedTopicConfigs(resource.resourceName, settings);
    const current = new Map(resource.configEntries.map((e) => [e.configName, e.configValue]));
    if (Object.entries(wanted).every(([name, value]) => current.get(name) === value)) return [];
    // AlterConfigs replaces a topic's whole set of overrides: keep the ones an operator set.
    const overrides = resource.configEntries
      .filter((entry) => entry.configSource === ConfigSource.TOPIC_CONFIG)
      .map((entry) => [entry.configName, entry.configValue] as const);
    const entries = { ...Object.fromEntries(overrides), ...wanted };
    return [
      {
        type: ConfigResourceTypes.TOPIC,
        name: resource.resourceName,
        configEntries: Object.entries(entries).map(([name, value]) => ({ name, value })),
      },
    ];
  });
  if (changes.length > 0) await admin.alterConfigs({ validateOnly: false, resources: changes });
}
