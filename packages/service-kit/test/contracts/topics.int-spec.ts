import { deadLetterTopic } from '@jobbnatet/contracts';
import { ConfigResourceTypes, type Admin } from 'kafkajs';
import { createKafka, ensureTopics } from '../../src/kafka/kafka-connection';
import type { TopicSettings } from '../../src/kafka/topic-settings';
import { brokers, quietLogger, uniqueTopic } from '../support/environment';

const kafka = createKafka(brokers, 'topics-test', quietLogger);
const settings: TopicSettings = {
  partitions: 4,
  replicationFactor: 1,
  deadLetterRetentionMs: 7 * 24 * 60 * 60 * 1000,
};

describe('topics', () => {
  let admin: Admin;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(() => admin.disconnect());

  async function configsOf(topic: string): Promise<Record<string, string>> {
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
    });
    return Object.fromEntries(
      resources[0]!.configEntries.map((entry) => [entry.configName, entry.configValue]),
    );
  }

  async function shapeOf(topic: string): Promise<{ partitions: number; replicas: number[] }> {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const partitions = topics[0]!.partitions;
    return { partitions: partitions.length, replicas: partitions.map((p) => p.replicas.length) };
  }

  it('creates a domain topic with the configured partitions and replication, keeping events for good', async () => {
    const topic = uniqueTopic('domain');
    await ensureTopics(kafka, [topic], settings);
    expect(await shapeOf(topic)).toEqual({ partitions: 4, replicas: [1, 1, 1, 1] });
    expect(await configsOf(topic)).toMatchObject({
      'retention.ms': '-1',
      'retention.bytes': '-1',
      'cleanup.policy': 'delete',
      'max.message.bytes': String(4 * 1024 * 1024),
    });
  });

  it('gives a dead-letter topic the configured, finite retention', async () => {
    const topic = deadLetterTopic(`topics-test-${Date.now()}`);
    await ensureTopics(kafka, [topic], settings);
    expect(await configsOf(topic)).toMatchObject({ 'retention.ms': String(7 * 24 * 3_600_000) });
  });

  it('stops an existing domain topic from deleting old events, keeping its other settings', async () => {
    const topic = uniqueTopic('legacy');
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: 2,
          configEntries: [
            { name: 'retention.ms', value: String(7 * 24 * 3_600_000) },
            { name: 'compression.type', value: 'gzip' },
          ],
        },
      ],
    });
    await ensureTopics(kafka, [topic], settings);
    expect(await configsOf(topic)).toMatchObject({
      'retention.ms': '-1',
      'compression.type': 'gzip',
    });
    // Adding partitions would move aggregates to other partitions and break their order.
    expect((await shapeOf(topic)).partitions).toBe(2);
  });
});
