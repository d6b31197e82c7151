import { randomUUID } from 'node:crypto';
import { createEnvelope, participantRegisteredV1 } from '@jobbnatet/contracts';
import { expectEventually, KafkaProbe } from '@jobbnatet/testing';
import type { Producer } from 'kafkajs';
import {
  deadLetterHeaders,
  InboxConsumer,
  type EventHandler,
} from '../../src/consumer/inbox-consumer';
import { exponentialBackoff } from '../../src/consumer/retry-policy';
import { createKafka } from '../../src/kafka/kafka-connection';
import { brokers, freshDatabase, quietLogger, uniqueTopic } from '../support/environment';

const kafka = createKafka(brokers, 'inbox-test', quietLogger);

function registeredEvent(participantId: string = randomUUID()) {
  return createEnvelope(participantRegisteredV1, {
    subject: participantId,
    source: '/jobbnatet/test',
    correlationId: 'test',
    data: {
      participantId,
      homeMunicipalityCode: '0181',
      officeId: 'af-sodertalje',
      registeredAt: new Date().toISOString(),
      registeredBy: randomUUID(),
    },
  });
}

describe('inbox consumer', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let producer: Producer;
  const running: InboxConsumer[] = [];

  beforeAll(async () => {
    database = await freshDatabase(['CREATE TABLE applied (event_id uuid, participant_id uuid)']);
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await Promise.all(running.map((consumer) => consumer.stop()));
    await producer.disconnect();
    await database.drop();
  });

  async function consume(
    handle: EventHandler,
    retries = 2,
  ): Promise<{ topic: string; consumer: InboxConsumer }> {
    const topic = uniqueTopic('inbox');
    const groupId = `inbox-test-${randomUUID().slice(0, 8)}`;
    const consumer = new InboxConsumer(kafka, database.dataSource, quietLogger, {
      groupId,
      topics: [topic],
      handle,
      retry: exponentialBackoff({ retries, initialMs: 10 }),
    });
    await consumer.start();
    running.push(consumer);
    return { topic, consumer };
  }

  const record: EventHandler = async (event, manager) => {
    await manager.query('INSERT INTO applied VALUES ($1, $2)', [event.id, event.subject]);
  };

  async function appliedCount(subject: string): Promise<number> {
    const [{ n }] = await database.dataSource.query(
      'SELECT count(*)::int AS n FROM applied WHERE participant_id = $1',
      [subject],
    );
    return n as number;
  }

  it('applies an event delivered twice only once', async () => {
    const { topic } = await consume(record);
    const event = registeredEvent();
    const marker = registeredEvent(event.subject);
    const message = { key: event.subject, value: JSON.stringify(event) };
    // Same key, same partition: once the marker is applied, both copies have been processed.
    await producer.send({
      topic,
      messages: [message, message, { key: event.subject, value: JSON.stringify(marker) }],
    });
    await expectEventually(async () => expect(await appliedCount(event.subject)).toBe(2));
    const rows = await database.dataSource.query(
      'SELECT event_id FROM applied WHERE participant_id = $1',
      [event.subject],
    );
    expect(rows.map((row: { event_id: string }) => row.event_id).sort()).toEqual(
      [event.id, marker.id].sort(),
    );
  });

  it('retries a failing handler with backoff until it succeeds', async () => {
    let attempts = 0;
    const { topic } = await consume(async (event, manager) => {
      attempts++;
      if (attempts < 3) throw new Error('a passing fault');
      await record(event, manager);
    });
    const event = registeredEvent();
    await producer.send({
      topic,
      messages: [{ key: event.subject, value: JSON.stringify(event) }],
    });
    await expectEventually(async () => expect(await appliedCount(event.subject)).toBe(1));
    expect(attempts).toBe(3);
  });

  it('sends an event that keeps failing to the dead-letter topic with its origin and error, writing nothing', async () => {
    const { topic, consumer } = await consume(async (event, manager) => {
      await record(event, manager);
      throw new Error('this handler always fails');
    });
    const probe = await KafkaProbe.start([consumer.deadLetterTopic], brokers);
    const event = registeredEvent();
    await producer.send({
      topic,
      messages: [{ key: event.subject, value: JSON.stringify(event) }],
    });
    const dead = await probe.waitFor((m) => m.key === event.subject);
    await probe.stop();
    expect(dead.value?.toString()).toBe(JSON.stringify(event));
    expect(dead.headers[deadLetterHeaders.topic]).toBe(topic);
    expect(dead.headers[deadLetterHeaders.offset]).toBe('0');
    expect(dead.headers[deadLetterHeaders.error]).toBe('this handler always fails');
    expect(await appliedCount(event.subject)).toBe(0);
    const inbox = await database.dataSource.query(
      'SELECT count(*)::int AS n FROM inbox WHERE event_id = $1',
      [event.id],
    );
    expect(inbox).toEqual([{ n: 0 }]);
  });

  it('dead-letters an event that fails its schema without calling the handler', async () => {
    let called = false;
    const { topic, consumer } = await consume(async () => void (called = true));
    const probe = await KafkaProbe.start([consumer.deadLetterTopic], brokers);
    const event = registeredEvent();
    const broken = JSON.stringify({
      ...event,
      data: { ...event.data, homeMunicipalityCode: 'Solna' },
    });
    await producer.send({ topic, messages: [{ key: event.subject, value: broken }] });
    const dead = await probe.waitFor((m) => m.key === event.subject);
    await probe.stop();
    expect(dead.headers[deadLetterHeaders.error]).toMatch(/homeMunicipalityCode/);
    expect(called).toBe(false);
  });
});
