import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Consumer } from 'kafkajs';
import { expectEventually } from './expect-eventually';

export interface ReceivedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/**
 * A plain kafkajs consumer for tests: reads topics from the beginning in a group of its own and
 * lets a test wait for the message it expects, instead of sleeping.
 */
export class KafkaProbe {
  readonly messages: ReceivedMessage[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly consumer: Consumer,
    private readonly admin: Admin,
  ) {}

  static async start(
    topics: string[],
    brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:19092',
  ): Promise<KafkaProbe> {
    const kafka = new Kafka({
      clientId: 'test-probe',
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: `test-probe-${randomUUID()}` });
    const admin = kafka.admin();
    const probe = new KafkaProbe(consumer, admin);
    await Promise.all([consumer.connect(), admin.connect()]);
    // Topics are never auto-created: the service under test creates them as its consumers connect,
    // which may still be under way when a test starts probing.
    try {
      await expectEventually(
        async () => {
          const existing = new Set(await admin.listTopics());
          const missing = topics.filter((topic) => !existing.has(topic));
          if (missing.length > 0) throw new Error(`topics not created: ${missing.join(', ')}`);
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
    } catch (error) {
      await Promise.all([consumer.disconnect(), admin.disconnect()]);
      throw error;
    }
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        probe.messages.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value,
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          ),
        });
        for (const wake of probe.waiters) wake();
      },
    });
    return probe;
  }

  /** Resolves with the first message that matches, failing after `timeoutMs`. */
  waitFor(
    matches: (message: ReceivedMessage) => boolean,
    timeoutMs = 20_000,
  ): Promise<ReceivedMessage> {
    return this.waitForAll(matches, 1, timeoutMs).then(([first]) => first!);
  }

  /** Resolves once `count` matching messages have arrived. */
  waitForAll(
    matches: (message: ReceivedMessage) => boolean,
    count: number,
    timeoutMs = 20_000,
  ): Promise<ReceivedMessage[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.messages.filter(matches);
        if (found.length < count) return;
        done();
        resolve(found);
      };
      const timer = setTimeout(() => {
        done();
        reject(
          new Error(
            `timed out after ${timeoutMs} ms: ${this.messages.filter(matches).length}/${count} messages`,
          ),
        );
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /**
   * Resolves once the probe has read everything on `topic` up to now (each partition's end as the
   * broker reports it): after that, a count of messages is final for what was sent before the call.
   */
  async caughtUp(topic: string, timeoutMs = 20_000): Promise<void> {
    const ends = (await this.admin.fetchTopicOffsets(topic)).filter(
      (partition) => Number(partition.high) > 0,
    );
    const read = () =>
      ends.every((end) =>
        this.messages.some(
          (message) =>
            message.topic === topic &&
            message.partition === end.partition &&
            Number(message.offset) >= Number(end.high) - 1,
        ),
      );
    await this.waitUntil(read, timeoutMs, () => `the end of ${topic}`);
  }

  private waitUntil(done: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        finish();
        resolve();
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  async stop(): Promise<void> {
    await Promise.all([this.consumer.disconnect(), this.admin.disconnect()]);
  }
}
