import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  createEnvelope,
  defineEvent,
  participantRegisteredV1,
  type ConsumedEvent,
  type EventDefinition,
  type Topic,
} from '@jobbnatet/contracts';
import { expectEventually, KafkaProbe } from '@jobbnatet/testing';
import type { Producer } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  deadLetterHeaders,
  InboxConsumer,
  type EventHandler,
  type InboxConsumerOptions,
} from '../../src/consumer/inbox-consumer';
import { consumerGroups } from '../../src/consumer/consumer-groups';
import { exponentialBackoff } from '../../src/consumer/retry-policy';
import { createKafka } from '../../src/kafka/kafka-connection';
import { brokers, freshDatabase, quietLogger, uniqueTopic } from '../support/environment';
import { KafkaDoor } from '../support/kafka-door';

const kafka = createKafka(brokers, 'inbox-test', quietLogger);

/** A test topic with two versions of one event on it. */
function definitions(topic: string) {
  const shape = { thingId: z.uuid(), note: z.string().optional() };
  return {
    v1: defineEvent('test.thing-noted', 1, topic as Topic, shape),
    v2: defineEvent('test.thing-noted', 2, topic as Topic, { ...shape, weight: z.number() }),
  };
}

function envelopeOf<D extends EventDefinition>(definition: D, data: Record<string, unknown>) {
  const subject = String(data.thingId ?? randomUUID());
  return createEnvelope(definition, {
    subject,
    subjectSequence: 1,
    source: '/jobbnatet/test',
    correlationId: 'test',
    data: data as never,
  });
}

describe('inbox consumer', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let producer: Producer;
  const running: InboxConsumer[] = [];

  beforeAll(async () => {
    database = await freshDatabase([
      'CREATE TABLE applied (event_id uuid, thing_id uuid, version int, note text)',
    ]);
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await Promise.all(running.map((consumer) => consumer.stop()));
    await producer.disconnect();
    await database.drop();
  });

  /** A handler that records what it was given; `fail` decides per attempt whether it throws. */
  function recorder<D extends EventDefinition>(
    event: D,
    fail: () => boolean = () => false,
  ): EventHandler<D> & { seen: ConsumedEvent<D>[] } {
    const seen: ConsumedEvent<D>[] = [];
    return {
      event,
      seen,
      async handle(consumed: ConsumedEvent<D>, manager: EntityManager) {
        seen.push(consumed);
        const data = consumed.data as { thingId: string; note?: string };
        await manager.query('INSERT INTO applied VALUES ($1, $2, $3, $4)', [
          consumed.id,
          data.thingId,
          consumed.dataversion,
          data.note ?? null,
        ]);
        if (fail()) throw new Error('this handler fails');
      },
    };
  }

  async function consume(
    options: Omit<InboxConsumerOptions, 'groupId'> & { groupId?: string },
    consumerKafka = kafka,
  ): Promise<InboxConsumer> {
    const consumer = new InboxConsumer(consumerKafka, database.dataSource, quietLogger, {
      groupId: `inbox-test-${randomUUID().slice(0, 8)}`,
      retry: exponentialBackoff({ retries: 2, initialMs: 10 }),
      ...options,
    });
    running.push(consumer);
    await consumer.start();
    return consumer;
  }

  async function send(topic: string, ...envelopes: { subject: string }[]): Promise<void> {
    await producer.send({
      topic,
      messages: envelopes.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    });
  }

  async function applied(thingId: string): Promise<{ version: number; note: string | null }[]> {
    return database.dataSource.query(
      'SELECT version, note FROM applied WHERE thing_id = $1 ORDER BY version',
      [thingId],
    );
  }

  it('hands the handler its event parsed by the contract, and applies an event delivered twice only once', async () => {
    const { v1 } = definitions(uniqueTopic('inbox'));
    const handler = recorder(v1);
    await consume({ handlers: [handler] });
    const event = envelopeOf(v1, { thingId: randomUUID(), note: 'first' });
    const marker = envelopeOf(v1, { thingId: event.subject, note: 'marker' });
    // Same key, same partition: once the marker is applied, both copies have been processed.
    await send(v1.topic, event, event, marker);
    await expectEventually(async () => expect(await applied(event.subject)).toHaveLength(2));
    expect(handler.seen.map((e) => [e.id, e.data.note])).toEqual([
      [event.id, 'first'],
      [marker.id, 'marker'],
    ]);
  });

  it('retries a failing handler with backoff until it succeeds', async () => {
    const { v1 } = definitions(uniqueTopic('inbox'));
    let attempts = 0;
    await consume({ handlers: [recorder(v1, () => ++attempts < 3)] });
    const event = envelopeOf(v1, { thingId: randomUUID() });
    await send(v1.topic, event);
    await expectEventually(async () => expect(await applied(event.subject)).toHaveLength(1));
    expect(attempts).toBe(3);
  });

  it('keeps its group membership through retries longer than the session timeout', async () => {
    const { v1 } = definitions(uniqueTopic('inbox'));
    let attempts = 0;
    // 3 waits of 4 s against a 6 s session timeout: only heartbeats during the waits keep it in.
    const consumer = await consume({
      handlers: [recorder(v1, () => ++attempts <= 3)],
      retry: (attempt) => (attempt <= 3 ? 4_000 : undefined),
      sessionTimeoutMs: 6_000,
    });
    // Settled in its group (a new group may rebalance once while it forms).
    const warmUp = envelopeOf(v1, { thingId: randomUUID() });
    attempts = 10;
    await send(v1.topic, warmUp);
    await expectEventually(async () => expect(await applied(warmUp.subject)).toHaveLength(1));
    const joins = consumer.status.groupJoins;
    attempts = 0;
    const event = envelopeOf(v1, { thingId: randomUUID() });
    await send(v1.topic, event);
    await expectEventually(async () => expect(await applied(event.subject)).toHaveLength(1), {
      timeoutMs: 40_000,
    });
    expect(attempts).toBe(4);
    expect(consumer.status.groupJoins).toBe(joins);
  });

  it('sends an event that keeps failing to the dead-letter topic with its origin and reason, writing nothing', async () => {
    const { v1 } = definitions(uniqueTopic('inbox'));
    const counted: string[] = [];
    const consumer = await consume({
      handlers: [recorder(v1, () => true)],
      onDeadLetter: (reason) => counted.push(reason),
    });
    const probe = await KafkaProbe.start([consumer.deadLetterTopic], brokers);
    const event = envelopeOf(v1, { thingId: randomUUID() });
    await send(v1.topic, event);
    const dead = await probe.waitFor((m) => m.key === event.subject);
    await probe.stop();
    // What the dead-letter metric counts: one, once it is parked.
    await expectEventually(() => expect(counted).toEqual(['handler-failed']));
    expect(dead.value?.toString()).toBe(JSON.stringify(event));
    expect(dead.headers[deadLetterHeaders.topic]).toBe(v1.topic);
    expect(dead.headers[deadLetterHeaders.offset]).toBe('0');
    expect(dead.headers[deadLetterHeaders.reason]).toBe('handler-failed');
    expect(dead.headers[deadLetterHeaders.error]).toBe('this handler fails');
    expect(await applied(event.subject)).toEqual([]);
    const inbox = await database.dataSource.query(
      'SELECT count(*)::int AS n FROM inbox WHERE event_id = $1',
      [event.id],
    );
    expect(inbox).toEqual([{ n: 0 }]);
  });

  it.each([
    [
      'a version it has no handler for',
      'unknown-version',
      { type: 'test.thing-noted', dataversion: 3 },
    ],
    ['a type nobody defined', 'unknown-type', { type: 'test.thing-vanished' }],
    ['data that fails the schema', 'invalid-data', { data: { thingId: 'not-a-uuid' } }],
  ])('dead-letters %s with reason %s, without calling a handler', async (_name, reason, change) => {
    const { v1 } = definitions(uniqueTopic('inbox'));
    const handler = recorder(v1);
    const consumer = await consume({ handlers: [handler] });
    const probe = await KafkaProbe.start([consumer.deadLetterTopic], brokers);
    const event = { ...envelopeOf(v1, { thingId: randomUUID() }), ...change };
    await send(v1.topic, event);
    const dead = await probe.waitFor((m) => m.key === event.subject);
    await probe.stop();
    expect(dead.headers[deadLetterHeaders.reason]).toBe(reason);
    expect(handler.seen).toEqual([]);
  });

  it('skips an event of the platform’s catalog that this group does not handle', async () => {
    const topic = uniqueTopic('inbox');
    const { v1 } = definitions(topic);
    const handler = recorder(v1);
    const consumer = await consume({ handlers: [handler] });
    const probe = await KafkaProbe.start([consumer.deadLetterTopic], brokers);
    const participantId = randomUUID();
    const other = createEnvelope(participantRegisteredV1, {
      subject: participantId,
      subjectSequence: 1,
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
    const marker = envelopeOf(v1, { thingId: randomUUID() });
    await send(topic, other, marker);
    await expectEventually(async () => expect(await applied(marker.subject)).toHaveLength(1));
    await send(consumer.deadLetterTopic, { subject: 'dead-letter-marker' });
    await probe.waitFor((m) => m.key === 'dead-letter-marker');
    expect(probe.messages.map((m) => m.key)).toEqual(['dead-letter-marker']);
    await probe.stop();
  });

  it('starts while Kafka is unreachable and consumes once it answers', async () => {
    const { v1 } = definitions(uniqueTopic('inbox'));
    const door = await KafkaDoor.closed(brokers);
    const event = envelopeOf(v1, { thingId: randomUUID() });
    const consumer = new InboxConsumer(
      createKafka(door.address, 'inbox-door-test', quietLogger),
      database.dataSource,
      quietLogger,
      { groupId: `inbox-test-${randomUUID().slice(0, 8)}`, handlers: [recorder(v1)] },
    );
    running.push(consumer);
    const started = consumer.start();
    await expectEventually(() => expect(consumer.status.lastError).toMatch(/not reachable/));
    expect(consumer.status.state).toBe('starting');
    await door.open();
    await started;
    await send(v1.topic, event);
    await expectEventually(async () => expect(await applied(event.subject)).toHaveLength(1), {
      timeoutMs: 60_000,
    });
    await door.close();
  });

  it('prunes inbox rows older than its retention and keeps the recent ones', async () => {
    const groupId = `inbox-test-${randomUUID().slice(0, 8)}`;
    const consumer = new InboxConsumer(kafka, database.dataSource, quietLogger, {
      groupId,
      handlers: [],
      inboxRetentionMs: 60 * 60 * 1000,
    });
    const [old, recent, otherGroup] = [randomUUID(), randomUUID(), randomUUID()];
    await database.dataSource.query(
      `INSERT INTO inbox (consumer_group, event_id, topic, kafka_partition, kafka_offset, processed_at)
       VALUES ($1, $2, 't', 0, 0, now() - interval '2 hours'),
              ($1, $3, 't', 0, 1, now() - interval '10 minutes'),
              ('another-group', $4, 't', 0, 0, now() - interval '2 hours')`,
      [groupId, old, recent, otherGroup],
    );
    expect(await consumer.pruneInbox()).toBe(1);
    const left = (await database.dataSource.query(
      'SELECT event_id FROM inbox WHERE event_id = ANY($1::uuid[]) ORDER BY processed_at',
      [[old, recent, otherGroup]],
    )) as { event_id: string }[];
    expect(left.map((row) => row.event_id).sort()).toEqual([recent, otherGroup].sort());
  });

  it('runs a group per read model: each applies an event once, and one failing dead-letters on its own topic only', async () => {
    const { v1 } = definitions(uniqueTopic('inbox'));
    const service = `inbox-test-${randomUUID().slice(0, 8)}`;
    const groups = consumerGroups(service, [
      { ...recorder(v1), readModel: 'outcomes' },
      { ...recorder(v1, () => true), readModel: 'funnel' },
    ]);
    const [outcomes, funnel] = await Promise.all(
      [...groups].map(([groupId, handlers]) => consume({ groupId, handlers })),
    );
    expect([outcomes!.deadLetterTopic, funnel!.deadLetterTopic]).toEqual([
      `jobbnatet.dlq.${service}.outcomes`,
      `jobbnatet.dlq.${service}.funnel`,
    ]);
    const probe = await KafkaProbe.start(
      [outcomes!.deadLetterTopic, funnel!.deadLetterTopic],
      brokers,
    );
    const event = envelopeOf(v1, { thingId: randomUUID() });
    await send(v1.topic, event, event);
    await probe.waitFor((m) => m.topic === funnel!.deadLetterTopic && m.key === event.subject);
    await expectEventually(async () => expect(await applied(event.subject)).toHaveLength(1));
    const inbox = (await database.dataSource.query(
      'SELECT consumer_group FROM inbox WHERE event_id = $1',
      [event.id],
    )) as { consumer_group: string }[];
    expect(inbox).toEqual([{ consumer_group: `${service}.outcomes` }]);
    expect(probe.messages.every((m) => m.topic === funnel!.deadLetterTopic)).toBe(true);
    await probe.stop();
  });

  it('reports its lag per topic-partition, and the sum', async () => {
    const { v1 } = definitions(uniqueTopic('inbox'));
    const consumer = await consume({ handlers: [recorder(v1)] });
    const events = [1, 2, 3, 4, 5, 6].map(() => envelopeOf(v1, { thingId: randomUUID() }));
    await send(v1.topic, ...events);
    await expectEventually(async () => {
      const rows = (await database.dataSource.query(
        'SELECT count(*)::int AS n FROM applied WHERE thing_id = ANY($1::uuid[])',
        [events.map((e) => e.subject)],
      )) as { n: number }[];
      expect(rows).toEqual([{ n: 6 }]);
    });
    const { lag, partitions } = consumer.status;
    expect(lag).toBe(0);
    expect(partitions!.length).toBeGreaterThan(0);
    for (const partition of partitions!)
      expect(partition).toMatchObject({ topic: v1.topic, lag: 0 });
    const numbers = partitions!.map((p) => p.partition);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('redrives a group’s dead letters with the documented command, once, into that group only', async () => {
    const { v1, v2 } = definitions(uniqueTopic('inbox'));
    const groupId = `inbox-test-${randomUUID().slice(0, 8)}`;
    // Deployed without a v2 handler: the v2 event is dead-lettered.
    const before = await consume({ groupId, handlers: [recorder(v1)] });
    const probe = await KafkaProbe.start([before.deadLetterTopic], brokers);
    const event = envelopeOf(v2, { thingId: randomUUID(), weight: 3 });
    await send(v2.topic, event);
    await probe.waitFor((m) => m.key === event.subject);
    await probe.stop();
    await before.stop();

    // The fix is deployed; the operator redrives.
    const after = await consume({ groupId, handlers: [recorder(v1), recorder(v2)] });
    expect(await redriveCommand(groupId)).toBe(`redrove 1 dead letters of ${groupId}`);
    await expectEventually(async () =>
      expect(await applied(event.subject)).toEqual([{ version: 2, note: null }]),
    );
    // A second run finds nothing new.
    expect(await redriveCommand(groupId)).toBe(`redrove 0 dead letters of ${groupId}`);
    expect(after.status.lastError).toBeUndefined();
  });
});

/** `pnpm --filter @jobbnatet/service-kit dead-letters:redrive <group>`, as the README documents. */
async function redriveCommand(group: string): Promise<string> {
  const cli = join(__dirname, '../../dist/consumer/redrive-dead-letters.cli.js');
  const { stdout } = await promisify(execFile)(process.execPath, [cli, group], {
    env: { ...process.env, KAFKA_BROKERS: brokers },
  });
  return stdout.trim();
}
