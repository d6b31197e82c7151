import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { tellParent } from '../support/child-server';

/**
 * The consumer of `outbox-relay`, in a process of its own so that the relay's thread only relays:
 * a plain kafkajs consumer of COUNT_TOPIC that reports `ready` once in its group, and `done` (a
 * wall-clock time comparable across processes) once it has COUNT_EXPECTED distinct keys.
 */
const expected = Number(process.env.COUNT_EXPECTED);
const kafka = new Kafka({
  clientId: 'bench-outbox-consumer',
  brokers: (process.env.KAFKA_BROKERS ?? '').split(','),
  logLevel: logLevel.NOTHING,
});
const consumer = kafka.consumer({ groupId: `bench-outbox-${randomUUID()}` });
const keys = new Set<string>();
let received = 0;

consumer.on(consumer.events.GROUP_JOIN, () => tellParent({ ready: 1 }));
process.once('SIGTERM', () => void consumer.disconnect().finally(() => process.exit(0)));

async function main(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topics: [process.env.COUNT_TOPIC ?? ''], fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        received++;
        if (message.key) keys.add(message.key.toString());
      }
      if (keys.size >= expected) {
        const at = performance.timeOrigin + performance.now();
        tellParent({ done: { at, received, distinct: keys.size } });
      }
    },
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`key-counter: ${String(error)}\n`);
  process.exit(1);
});
