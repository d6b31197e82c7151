import { defineEvent, type Topic } from '@jobbnatet/contracts';
import { expectEventually, KafkaProbe } from '@jobbnatet/testing';
import { z } from 'zod';
import { createKafka, ensureTopics } from '../../src/kafka/kafka-connection';
import { KafkaOutboxSink } from '../../src/kafka/kafka-outbox-sink';
import { maxEventBytes, Outbox } from '../../src/outbox/outbox';
import { OutboxRelay, type OutboxMessage } from '../../src/outbox/outbox-relay';
import { brokers, freshDatabase, quietLogger, uniqueTopic } from '../support/environment';

const topic = uniqueTopic('relay') as Topic;
const happened = defineEvent('test.happened', 1, topic, {
  writer: z.number().int(),
  n: z.number().int(),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox relay', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let relay: OutboxRelay;
  let sink: KafkaOutboxSink;
  let probe: KafkaProbe;
  const kafka = createKafka(brokers, 'relay-test', quietLogger);

  beforeAll(async () => {
    database = await freshDatabase(['CREATE TABLE change (id int)']);
    await ensureTopics(kafka, [topic]);
    sink = new KafkaOutboxSink(kafka);
    relay = new OutboxRelay(sink, quietLogger, {
      sessionUrl: database.sessionUrl,
      batchSize: 50,
      // A long poll: the test proves the relay is woken by commits, not by polling.
      pollIntervalMs: 60_000,
    });
    await relay.start();
    probe = await KafkaProbe.start([topic], brokers);
  });

  afterAll(async () => {
    await relay.stop();
    await sink.disconnect();
    await probe.stop();
    await database.drop();
  });

  it('delivers every committed event exactly once and no rolled-back one, whatever order transactions commit in', async () => {
    const outbox = new Outbox('/jobbnatet/test');
    const committed: string[] = [];
    const rolledBack: string[] = [];
    // 8 writers × 25 transactions of 1–3 events each, held open 0–40 ms: commits interleave and
    // rows with lower sequence numbers often become visible after higher ones.
    const writer = async (w: number) => {
      for (let t = 0; t < 25; t++) {
        const ids: string[] = [];
        const rollback = Math.random() < 0.2;
        await database.dataSource
          .transaction(async (manager) => {
            for (let n = 0; n < 1 + Math.floor(Math.random() * 3); n++) {
              const envelope = await outbox.publish(manager, happened, {
                subject: `w${w}`,
                data: { writer: w, n },
              });
              ids.push(envelope.id);
            }
            await sleep(Math.random() * 40);
            if (rollback) throw new Error('rolled back on purpose');
          })
          .then(
            () => committed.push(...ids),
            () => rolledBack.push(...ids),
          );
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));

    const received = await probe.waitForAll(() => true, committed.length, 30_000);
    const ids = received.map(
      (message) => (JSON.parse(message.value!.toString()) as { id: string }).id,
    );
    expect(ids.sort()).toEqual([...committed].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => rolledBack.includes(id))).toEqual([]);
    // The relay deletes a batch after Kafka acknowledged it, so the table empties just after.
    await expectEventually(async () =>
      expect(await database.dataSource.query('SELECT count(*)::int AS n FROM outbox')).toEqual([
        { n: 0 },
      ]),
    );
  });

  it('keys each event by its aggregate id', async () => {
    const outbox = new Outbox('/jobbnatet/test');
    const envelope = await database.dataSource.transaction((manager) =>
      outbox.publish(manager, happened, { subject: 'aggregate-42', data: { writer: 0, n: 0 } }),
    );
    const message = await probe.waitFor((m) => m.value?.toString().includes(envelope.id) ?? false);
    expect(message.key).toBe('aggregate-42');
  });

  it('numbers each subject’s events 1, 2, 3 … in the writing transaction, with no gap after a rollback', async () => {
    const outbox = new Outbox('/jobbnatet/test');
    const subject = `numbered-${Date.now()}`;
    const write = (rollback: boolean) =>
      database.dataSource
        .transaction(async (manager) => {
          const envelope = await outbox.publish(manager, happened, {
            subject,
            data: { writer: 0, n: 0 },
          });
          if (rollback) throw new Error('rolled back on purpose');
          return envelope.subjectsequence;
        })
        .catch(() => undefined);
    expect([await write(false), await write(true), await write(false)]).toEqual([1, undefined, 2]);
  });

  it('refuses to publish outside a transaction', async () => {
    const outbox = new Outbox('/jobbnatet/test');
    await expect(
      outbox.publish(database.dataSource.manager, happened, {
        subject: 'x',
        data: { writer: 0, n: 0 },
      }),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('writes nothing when an event fails its schema, and the change rolls back with it', async () => {
    const outbox = new Outbox('/jobbnatet/test');
    await expect(
      database.dataSource.transaction(async (manager) => {
        await manager.query('INSERT INTO change VALUES (1)');
        await outbox.publish(manager, happened, {
          subject: 'schema-failure',
          data: { writer: 1, n: 1, name: 'Anna' } as never,
        });
      }),
    ).rejects.toThrow(/does not match its schema/);
    expect(await database.dataSource.query('SELECT count(*)::int AS n FROM change')).toEqual([
      { n: 0 },
    ]);
    // By subject: events of earlier tests may still be on their way out.
    expect(
      await database.dataSource.query(
        `SELECT (SELECT count(*) FROM outbox WHERE message_key = $1)::int AS events,
                (SELECT count(*) FROM outbox_subject_sequence WHERE subject = $1)::int AS sequences`,
        ['schema-failure'],
      ),
    ).toEqual([{ events: 0, sequences: 0 }]);
  });
});

describe('outbox relay batch limits', () => {
  const limitsTopic = uniqueTopic('relay-limits') as Topic;
  const noted = defineEvent('test.noted', 1, limitsTopic, {
    n: z.number().int(),
    text: z.string(),
  });
  const maxBatchBytes = 8 * 1024;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let relay: OutboxRelay;
  let kafkaSink: KafkaOutboxSink;
  let probe: KafkaProbe;
  const kafka = createKafka(brokers, 'relay-limits-test', quietLogger);
  /** What each request to Kafka carried: the real sink, watched. */
  const requests: OutboxMessage[][] = [];

  beforeAll(async () => {
    database = await freshDatabase();
    await ensureTopics(kafka, [limitsTopic]);
    kafkaSink = new KafkaOutboxSink(kafka);
    probe = await KafkaProbe.start([limitsTopic], brokers);
  });

  afterAll(async () => {
    await relay?.stop();
    await kafkaSink.disconnect();
    await probe.stop();
    await database.drop();
  });

  it('keeps each request under maxBatchBytes of payloads, sends a larger event alone, and keeps the order', async () => {
    // Written before the relay starts, so its first drain finds them all: 40 events of about
    // 1 KB, one of 12 KB (over the limit on its own), then 10 more.
    const texts = [
      ...Array.from({ length: 40 }, () => 'a'.repeat(1000)),
      'b'.repeat(12 * 1024),
      ...Array.from({ length: 10 }, () => 'c'.repeat(1000)),
    ];
    const outbox = new Outbox('/jobbnatet/test');
    await database.dataSource.transaction(async (manager) => {
      for (const [n, text] of texts.entries())
        await outbox.publish(manager, noted, { subject: 'one-aggregate', data: { n, text } });
    });
    relay = new OutboxRelay(
      {
        send: async (batch) => {
          requests.push(batch.flatMap(({ messages }) => messages));
          await kafkaSink.send(batch);
        },
      },
      quietLogger,
      { sessionUrl: database.sessionUrl, batchSize: 50, maxBatchBytes, pollIntervalMs: 60_000 },
    );
    await relay.start();

    const received = await probe.waitForAll(() => true, texts.length, 30_000);
    const order = received.map(
      (message) => (JSON.parse(message.value!.toString()) as { data: { n: number } }).data.n,
    );
    expect(order).toEqual(texts.map((_, n) => n));
    const bytes = (messages: OutboxMessage[]) =>
      messages.reduce((sum, message) => sum + Buffer.byteLength(message.value), 0);
    expect(requests.length).toBeGreaterThan(texts.length / 8);
    for (const messages of requests)
      expect(messages.length === 1 || bytes(messages) <= maxBatchBytes).toBe(true);
    expect(requests.find((messages) => bytes(messages) > maxBatchBytes)).toHaveLength(1);
  });

  it('refuses an event over maxEventBytes when it is written, so none can stall the relay', async () => {
    const outbox = new Outbox('/jobbnatet/test');
    await expect(
      database.dataSource.transaction((manager) =>
        outbox.publish(manager, noted, {
          subject: 'too-large',
          data: { n: 0, text: 'x'.repeat(maxEventBytes) },
        }),
      ),
    ).rejects.toThrow(/^test\.noted is \d+ bytes, over the outbox's 1048576$/);
    expect(
      await database.dataSource.query(
        `SELECT (SELECT count(*) FROM outbox WHERE message_key = $1)::int AS events,
                (SELECT count(*) FROM outbox_subject_sequence WHERE subject = $1)::int AS sequences`,
        ['too-large'],
      ),
    ).toEqual([{ events: 0, sequences: 0 }]);
  });
});
