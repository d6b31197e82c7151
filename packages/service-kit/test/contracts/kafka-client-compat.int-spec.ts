import { randomUUID } from 'node:crypto';
import { expectEventually, KafkaProbe } from '@jobbnatet/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { brokers, uniqueTopic } from '../support/environment';

/**
 * The Kafka client against the exact broker we ship (infra/local/kafka/pom.xml): the three things
 * the platform relies on. If a broker upgrade breaks one of them, this suite says which.
 */
describe('kafkajs against the shipped Kafka broker', () => {
  const kafka = new Kafka({
    clientId: 'compat-test',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();

  beforeAll(() => admin.connect());
  afterAll(() => admin.disconnect());

  it('creates topics with the requested partitions through the admin API', async () => {
    const topic = uniqueTopic('compat-admin');
    await expect(
      admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true }),
    ).resolves.toBe(true);
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0]?.partitions).toHaveLength(3);
  });

  it('produces idempotently with acks=all, each message arriving once', async () => {
    const topic = uniqueTopic('compat-produce');
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const values = Array.from({ length: 200 }, () => randomUUID());
    await producer.sendBatch({
      acks: -1,
      topicMessages: [{ topic, messages: values.map((value, i) => ({ key: `k${i % 7}`, value })) }],
    });
    await producer.disconnect();

    const probe = await KafkaProbe.start([topic], brokers);
    const received = await probe.waitForAll(() => true, values.length);
    await probe.stop();
    expect(received.map((m) => m.value?.toString()).sort()).toEqual([...values].sort());
  });

  it('puts each key on the partition the Java client would (murmur2, patches/kafkajs@2.2.4.patch)', async () => {
    const topic = uniqueTopic('compat-partitioner');
    await admin.createTopics({ topics: [{ topic, numPartitions: 7 }], waitForLeaders: true });
    // murmur2 of each key, from Kafka's own UtilsTest.testMurmur2.
    const javaHashes: Record<string, number> = {
      '21': -973932308,
      foobar: -790332482,
      'a-little-bit-long-string': -985981536,
      'a-little-bit-longer-string': -1486304829,
      lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8: -58897971,
      abc: 479470107,
    };
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: Object.keys(javaHashes).map((key) => ({ key, value: key })),
    });
    await producer.disconnect();

    const probe = await KafkaProbe.start([topic], brokers);
    const received = await probe.waitForAll(() => true, Object.keys(javaHashes).length);
    await probe.stop();
    expect(Object.fromEntries(received.map((m) => [m.value?.toString(), m.partition]))).toEqual(
      Object.fromEntries(
        Object.entries(javaHashes).map(([key, hash]) => [key, (hash & 0x7fffffff) % 7]),
      ),
    );
  });

  it('joins a consumer group, commits offsets, and rebalances partitions when a member joins', async () => {
    const topic = uniqueTopic('compat-group');
    const groupId = `compat-${randomUUID()}`;
    await admin.createTopics({ topics: [{ topic, numPartitions: 4 }], waitForLeaders: true });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })),
    });

    const assignments = new Map<string, number[]>();
    let consumed = 0;
    const join = async (name: string): Promise<Consumer> => {
      const consumer = kafka.consumer({ groupId, heartbeatInterval: 500, sessionTimeout: 10_000 });
      consumer.on(consumer.events.GROUP_JOIN, (event) => {
        assignments.set(name, event.payload.memberAssignment[topic] ?? []);
      });
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({ eachMessage: async () => void consumed++ });
      return consumer;
    };

    const first = await join('first');
    await expectEventually(() => expect(consumed).toBe(40), { timeoutMs: 30_000 });
    await expectEventually(async () =>
      expect(totalCommitted(await admin.fetchOffsets({ groupId, topics: [topic] }))).toBe(40),
    );

    const second = await join('second');
    await expectEventually(
      () => {
        expect(assignments.get('second')?.length).toBeGreaterThan(0);
        expect(assignments.get('first')?.length).toBeLessThan(4);
      },
      { timeoutMs: 30_000 },
    );
    const partitions = [
      ...(assignments.get('first') ?? []),
      ...(assignments.get('second') ?? []),
    ].sort();
    expect(partitions).toEqual([0, 1, 2, 3]);

    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: 8 }, (_, i) => ({ key: `n${i}`, value: 'x' })),
    });
    await expectEventually(() => expect(consumed).toBe(48));
    await Promise.all([first.disconnect(), second.disconnect(), producer.disconnect()]);
  });
});

function totalCommitted(offsets: { partitions: { offset: string }[] }[]): number {
  return offsets
    .flatMap((t) => t.partitions)
    .reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
}
