import { randomUUID } from 'node:crypto';
import { defineEvent, type Topic } from '@jobbnatet/contracts';
import { expectEventually, KafkaProbe } from '@jobbnatet/testing';
import { z } from 'zod';
import { createKafka, ensureTopics } from '../../src/kafka/kafka-connection';
import { KafkaOutboxSink } from '../../src/kafka/kafka-outbox-sink';
import { Outbox } from '../../src/outbox/outbox';
import { OutboxRelay } from '../../src/outbox/outbox-relay';
import {
  brokers,
  freshDatabase,
  quietLogger,
  sqlAsOwner,
  uniqueTopic,
} from '../support/environment';

const topic = uniqueTopic('relay-order') as Topic;
const changed = defineEvent('test.changed', 1, topic, { aggregate: z.number().int() });
const aggregates = 100;
const eventsPerAggregate = 100;

describe('outbox relay order with several instances', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let probe: KafkaProbe;
  const kafka = createKafka(brokers, 'relay-order-test', quietLogger);
  const sinks: KafkaOutboxSink[] = [];
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    database = await freshDatabase();
    await ensureTopics(kafka, [topic]);
    probe = await KafkaProbe.start([topic], brokers);
    for (let i = 0; i < 3; i++) {
      const sink = new KafkaOutboxSink(kafka);
      const url = new URL(database.sessionUrl);
      url.searchParams.set('application_name', `relay-${i}`);
      sinks.push(sink);
      relays.push(
        new OutboxRelay(sink, quietLogger, {
          sessionUrl: url.toString(),
          batchSize: 100,
          pollIntervalMs: 200,
        }),
      );
    }
    await Promise.all(relays.map((relay) => relay.start()));
  });

  afterAll(async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
    await Promise.all(sinks.map((sink) => sink.disconnect()));
    await probe.stop();
    await database.drop();
  });

  /** The relay whose session holds the lock, found as an operator would: in pg_locks. */
  async function activeRelay(): Promise<{ index: number; pid: number }> {
    const rows = (await database.dataSource.query(
      `SELECT a.application_name AS name, a.pid FROM pg_locks l JOIN pg_stat_activity a USING (pid)
       WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()`,
    )) as { name: string; pid: number }[];
    expect(rows).toHaveLength(1);
    return { index: Number(rows[0]!.name.replace('relay-', '')), pid: rows[0]!.pid };
  }

  it('delivers each aggregate’s events in sequence, none missing, while writers race and the active relay is killed mid-drain', async () => {
    // One relay drains, the other two stand by.
    await expectEventually(() =>
      expect(relays.map((relay) => relay.role).sort()).toEqual(['active', 'standby', 'standby']),
    );
    const outbox = new Outbox('/jobbnatet/test');
    const subjects = Array.from({ length: aggregates }, () => randomUUID());
    const left = subjects.map(() => eventsPerAggregate);
    // 8 writers, each transaction 1–5 events of a random aggregate, 10 % rolled back and redone:
    // writers often write the same aggregate at once, and commit out of start order.
    const writer = async () => {
      for (;;) {
        const open = left.flatMap((n, a) => (n > 0 ? [a] : []));
        if (open.length === 0) return;
        const a = open[Math.floor(Math.random() * open.length)]!;
        const count = Math.min(left[a]!, 1 + Math.floor(Math.random() * 5));
        left[a]! -= count;
        const rollback = Math.random() < 0.1;
        await database.dataSource
          .transaction(async (manager) => {
            for (let n = 0; n < count; n++)
              await outbox.publish(manager, changed, {
                subject: subjects[a]!,
                data: { aggregate: a },
              });
            if (rollback) throw new Error('rolled back on purpose');
          })
          .catch(() => (left[a]! += count));
      }
    };
    const writing = Promise.all(Array.from({ length: 8 }, writer));

    // Mid-drain: some events are out, many are not. Kill the active relay's database connection
    // and stop it for good; a standby must take over.
    await expectEventually(() => expect(probe.messages.length).toBeGreaterThan(2_000), {
      timeoutMs: 60_000,
    });
    const victim = await activeRelay();
    await sqlAsOwner(database.name, 'SELECT pg_terminate_backend($1)', [victim.pid]);
    await relays[victim.index]!.stop();
    await writing;

    const total = aggregates * eventsPerAggregate;
    await expectEventually(
      async () =>
        expect(await database.dataSource.query('SELECT count(*)::int AS n FROM outbox')).toEqual([
          { n: 0 },
        ]),
      { timeoutMs: 60_000 },
    );
    expect((await activeRelay()).index).not.toBe(victim.index);
    await expectEventually(() => expect(new Set(probe.messages.map(eventId)).size).toBe(total), {
      timeoutMs: 60_000,
    });

    // What an inbox applies: the first copy of each event id, in arrival order.
    const seen = new Set<string>();
    const sequences = new Map<string, number[]>();
    for (const message of probe.messages) {
      const event = JSON.parse(message.value!.toString()) as {
        id: string;
        subject: string;
        subjectsequence: number;
      };
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      expect(message.key).toBe(event.subject);
      sequences.set(event.subject, [
        ...(sequences.get(event.subject) ?? []),
        event.subjectsequence,
      ]);
    }
    const expected = Array.from({ length: eventsPerAggregate }, (_, i) => i + 1);
    expect([...sequences.keys()].sort()).toEqual([...subjects].sort());
    for (const subject of subjects)
      expect({ subject, seq: sequences.get(subject) }).toEqual({
        subject,
        seq: expected,
      });
    // Ten thousand events written and drained on a shared machine: more than jest's default minute.
  }, 300_000);
});

function eventId(message: { value: Buffer | null }): string {
  return (JSON.parse(message.value!.toString()) as { id: string }).id;
}
