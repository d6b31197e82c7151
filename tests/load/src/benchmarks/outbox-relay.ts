import { randomUUID } from 'node:crypto';
import { defineEvent, participantRegisteredV1, type Topic } from '@jobbnatet/contracts';
import {
  createKafka,
  databaseUrl,
  defaultTopicSettings,
  ensureTopics,
  JsonLogger,
  KafkaOutboxSink,
  openDataSource,
  Outbox,
  OutboxRelay,
  type OutboxSink,
} from '@jobbnatet/service-kit';
import type { Benchmark, BenchmarkResult } from '../benchmark';
import { comparedWithLimit, limits } from '../support/limits';
import { dropDatabase } from '@jobbnatet/infra-local';
import { startChild } from '../support/child-server';
import { benchDatabaseSuffix, startInfrastructure } from '../support/platform';
import { progress } from '../support/progress';
import { sleep, withTimeout } from '../support/stats';
import { Teardown } from '../support/teardown';

const settings = {
  events: 50_000,
  eventsPerTransaction: 500,
  concurrentWriters: 4,
  relayBatch: 'the kit default (2 000 events, 2 MiB of payloads)',
  relayWorkers: 1,
  topicPartitions: 3,
};

/** Fixed, so an interrupted run leaves nothing that the next one does not drop first. */
const database = `outbox_relay${benchDatabaseSuffix}`;
const officerId = '11111111-1111-4111-8111-111111111111';

/**
 * A sink that notes when Kafka has acknowledged every event (the relay's own finish line, before the
 * consumer has read them) and how long the relay waited on Kafka, so the rest is PostgreSQL and itself.
 */
class TimedSink implements OutboxSink {
  acknowledged = 0;
  batches = 0;
  sendingMs = 0;
  allAcknowledgedAt?: number;

  constructor(
    private readonly inner: OutboxSink,
    private readonly expected: number,
  ) {}

  async send(batch: Parameters<OutboxSink['send']>[0]): Promise<void> {
    const started = performance.now();
    await this.inner.send(batch);
    this.sendingMs += performance.now() - started;
    this.batches++;
    this.acknowledged += batch.reduce((sum, { messages }) => sum + messages.length, 0);
    if (this.acknowledged >= this.expected) this.allAcknowledgedAt ??= performance.now();
  }
}

async function run(): Promise<BenchmarkResult> {
  const teardown = new Teardown();
  try {
    const infra = await startInfrastructure(teardown);
    const logger = new JsonLogger('bench', 'error');

    // The same payload as participant.registered v1, on a topic of its own that is deleted afterwards,
    // so the development topic does not grow by 50 000 events per run.
    const topic = `bench.outbox-relay.${randomUUID().slice(0, 8)}` as Topic;
    const registered = defineEvent(
      participantRegisteredV1.type,
      participantRegisteredV1.version,
      topic,
      participantRegisteredV1.produce.shape,
    );
    const kafka = createKafka(infra.kafkaBrokers, 'bench-outbox-relay', logger);
    await ensureTopics(kafka, [topic], {
      ...defaultTopicSettings,
      partitions: settings.topicPartitions,
    });
    teardown.add('the bench topic', async () => {
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics: [topic] }).finally(() => admin.disconnect());
    });

    await dropDatabase(infra.databaseUrl, database);
    const dataSource = await openDataSource({
      serverUrl: infra.databaseUrl,
      database,
      entities: [],
      migrations: [],
      logger,
    });
    teardown.add('the bench database', async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(infra.databaseUrl, database);
    });
    const [server] = (await dataSource.query(
      "SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit",
    )) as Record<string, string>[];

    progress(`writing ${settings.events} events into the outbox (relay not started)`);
    const writeStarted = performance.now();
    const outbox = new Outbox('/jobbnatet/participants');
    let nextTransaction = 0;
    const transactions = settings.events / settings.eventsPerTransaction;
    const writer = async () => {
      while (nextTransaction < transactions) {
        nextTransaction++;
        await dataSource.transaction(async (manager) => {
          for (let n = 0; n < settings.eventsPerTransaction; n++) {
            const participantId = randomUUID();
            await outbox.publish(manager, registered, {
              subject: participantId,
              data: {
                participantId,
                homeMunicipalityCode: '0181',
                officeId: 'af-sodertalje',
                registeredAt: new Date().toISOString(),
                registeredBy: officerId,
              },
            });
          }
        });
      }
    };
    await Promise.all(Array.from({ length: settings.concurrentWriters }, writer));
    const writeSeconds = (performance.now() - writeStarted) / 1000;
    const [{ n: written } = { n: 0 }] = (await dataSource.query(
      'SELECT count(*)::int AS n FROM outbox',
    )) as { n: number }[];
    if (written !== settings.events)
      throw new Error(`the outbox holds ${written} events, not ${settings.events}`);
    const [{ bytes } = { bytes: 0 }] = (await dataSource.query(
      'SELECT avg(octet_length(payload))::int AS bytes FROM outbox',
    )) as { bytes: number }[];

    // A plain consumer in another process (its own thread), in its group and assigned before the
    // relay starts, counting distinct keys.
    const consumer = await startChild(teardown, 'key-counter', {
      KAFKA_BROKERS: infra.kafkaBrokers,
      COUNT_TOPIC: topic,
      COUNT_EXPECTED: String(settings.events),
    });

    const kafkaSink = new KafkaOutboxSink(kafka);
    teardown.add('the producer', () => kafkaSink.disconnect());
    const sink = new TimedSink(kafkaSink, settings.events);
    const relay = new OutboxRelay(sink, logger, {
      sessionUrl: databaseUrl(infra.databaseUrl, database),
    });
    progress('starting the relay');
    const relayStarted = performance.now();
    const cpuAtStart = process.cpuUsage();
    await relay.start();
    teardown.add('the relay', () => relay.stop());
    const consumed = await withTimeout(
      consumer.done,
      90_000,
      () => `the consumer did not have all ${settings.events} events`,
    );
    // Its clock is wall time; ours is this process's monotonic clock started at timeOrigin.
    const consumerDoneAt = consumed.at - performance.timeOrigin;
    // The relay deletes a batch once Kafka acknowledged it, so the outbox is empty at about the same time.
    let outboxEmptyAt = performance.now();
    for (;;) {
      const [{ n } = { n: 0 }] = (await dataSource.query(
        'SELECT count(*)::int AS n FROM outbox',
      )) as { n: number }[];
      if (n === 0) break;
      await sleep(10);
      outboxEmptyAt = performance.now();
    }
    const finishedAt = Math.max(consumerDoneAt, outboxEmptyAt);
    // This process only relays (and polls the outbox count) now: its CPU per event is what one
    // core can relay, whatever else shares the machine.
    const cpu = process.cpuUsage(cpuAtStart);
    const relayCpuUsPerEvent = (cpu.user + cpu.system) / settings.events;
    const seconds = (finishedAt - relayStarted) / 1000;
    const relaySeconds = ((sink.allAcknowledgedAt ?? finishedAt) - relayStarted) / 1000;

    return {
      settings: { ...settings, averagePayloadBytes: bytes },
      figures: [
        {
          label: 'relay start → consumer has all',
          value: settings.events / seconds,
          unit: 'events/s',
          compared: comparedWithLimit(limits.outboxDrainOneWorker),
        },
        {
          label: 'relay start → Kafka acked all',
          value: settings.events / relaySeconds,
          unit: 'events/s',
          compared: comparedWithLimit(limits.outboxDrainOneWorker),
        },
        { label: 'relay process CPU per event', value: relayCpuUsPerEvent, unit: 'µs' },
        {
          label: 'one core / that (what the relay could drain, CPU-bound)',
          value: 1e6 / relayCpuUsPerEvent,
          unit: 'events/s',
          compared: comparedWithLimit(limits.outboxDrainOneWorker),
        },
        { label: 'total time to drain', value: seconds, unit: 's' },
        { label: 'of which waiting on Kafka sends', value: sink.sendingMs / 1000, unit: 's' },
        {
          label: 'write phase (not the relay)',
          value: settings.events / writeSeconds,
          unit: 'events/s',
        },
      ],
      notes: [
        ...(consumed.received !== consumed.distinct
          ? [`the consumer received ${consumed.received - consumed.distinct} duplicates`]
          : []),
        'the consumer runs in its own process: the relay shares its thread with nothing but this script',
        `PostgreSQL ${server?.version}, fsync=${server?.fsync}, synchronous_commit=${server?.synchronous_commit}`,
        `${settings.eventsPerTransaction} events per write transaction, ${settings.concurrentWriters} writers; ~${bytes}-byte envelopes`,
      ],
      details: {
        topic,
        writeSeconds,
        received: consumed.received,
        distinct: consumed.distinct,
        consumerPid: consumer.pid,
        relayStartToAllAckedSeconds: relaySeconds,
        sinkBatches: sink.batches,
        sinkSendingSeconds: sink.sendingMs / 1000,
        relayStartToConsumerSeconds: (consumerDoneAt - relayStarted) / 1000,
        relayStartToOutboxEmptySeconds: (outboxEmptyAt - relayStarted) / 1000,
        server,
      },
    };
  } finally {
    await teardown.run();
  }
}

export const outboxRelay: Benchmark = {
  name: 'outbox-relay',
  description:
    'OutboxRelay throughput: 50 000 participant.registered events written first, then drained to a consumer in another process',
  run,
};
