import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

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

  private constructor(private readonly consumer: Consumer) {}

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
    const probe = new KafkaProbe(consumer);
    await consumer.connect();
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

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
