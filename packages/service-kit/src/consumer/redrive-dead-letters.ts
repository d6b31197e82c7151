import { deadLetterTopic, redriveTopic } from '@jobbnatet/contracts';
import type { Kafka } from 'kafkajs';
import { ensureTopics } from '../kafka/kafka-connection';
import { defaultTopicSettings, type TopicSettings } from '../kafka/topic-settings';

/**
 * Sends a consumer group's dead letters, those not yet redriven, to the group's redrive topic, which
 * only that group reads: other groups never see them again. The group applies each one as if new,
 * and its inbox skips any it has applied meanwhile. Run it once the cause is fixed (a handler
 * deployed for an unknown version, a bug fixed). Its own consumer group remembers how far it got,
 * so a second run sends only what was dead-lettered since. Returns how many it sent.
 */
export async function redriveDeadLetters(
  kafka: Kafka,
  group: string,
  settings: TopicSettings = defaultTopicSettings,
): Promise<number> {
  const source = deadLetterTopic(group);
  const target = redriveTopic(group);
  const redriveGroup = `${group}.redrive`;
  await ensureTopics(kafka, [source, target], settings);

  const admin = kafka.admin();
  await admin.connect();
  const remaining = new Map<number, bigint>();
  try {
    const [ends, [committed]] = await Promise.all([
      admin.fetchTopicOffsets(source),
      admin.fetchOffsets({ groupId: redriveGroup, topics: [source] }),
    ]);
    const from = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]));
    for (const { partition, high, low } of ends) {
      const start = from.get(partition) ?? -1n;
      const next = start >= 0n ? start : BigInt(low);
      if (next < BigInt(high)) remaining.set(partition, BigInt(high));
    }
  } finally {
    await admin.disconnect();
  }
  if (remaining.size === 0) return 0;

  const ends = new Map(remaining);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: redriveGroup });
  let sent = 0;
  try {
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topics: [source], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const end = remaining.get(partition);
            if (end === undefined || BigInt(message.offset) >= end) return;
            await producer.send({
              topic: target,
              acks: -1,
              messages: [{ key: message.key, value: message.value, headers: message.headers }],
            });
            sent++;
            if (BigInt(message.offset) + 1n >= end) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
    // Remember how far this run got, so the next one starts there.
    await consumer.commitOffsets(
      [...ends].map(([partition, end]) => ({ topic: source, partition, offset: String(end) })),
    );
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return sent;
}
