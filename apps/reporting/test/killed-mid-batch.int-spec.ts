import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { topics } from '@jobbnatet/contracts';
import { createKafka, ensureTopics, JsonLogger } from '@jobbnatet/service-kit';
import {
  createIdentitySigner,
  reportingHistory,
  sqlOn,
  testDatabaseServer,
  testKafkaBrokers,
} from '@jobbnatet/subgraph-testing';
import { consumersCaughtUp, expectEventually, KafkaTestProducer } from '@jobbnatet/testing';
import { handlersOf } from '../src/read-models/read-model-command';
import { readModels } from '../src/read-models/read-models';
import { rebuildReadModel } from '../src/read-models/rebuild';
import { rowsOf } from './support/read-model-sql';

const database = `reporting_kill_${randomBytes(4).toString('hex')}`;
const env = {
  ...process.env,
  DATABASE_URL: testDatabaseServer(),
  DATABASE_NAME: database,
  CONSUMER_GROUP: database,
  KAFKA_BROKERS: testKafkaBrokers(),
  /** A free port, chosen before the service first starts. */
  PORT: '',
  LOG_LEVEL: 'error',
  ...createIdentitySigner().verifyEnv,
};
/** A port free now, for the service: its readiness tells how far its consumers are. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  return port;
}

const sql = (text: string, params: unknown[] = []) => sqlOn<unknown>(database, text, params);

/** The service as in production: its compiled entry point, in a process of its own. */
function startService(): ChildProcess {
  return spawn(process.execPath, [join(__dirname, '..', 'dist', 'main.js')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function killed(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exit = once(child, 'exit');
  child.kill(signal);
  await exit;
}

/** Rows applied so far; 0 while the service has not created its tables yet. */
const applied = (participantIds: string[]) => rowsOf(sql, participantIds).catch(() => 0);

/** Cheap enough to poll every few milliseconds: has this person's admission been applied? */
const admitted = (participantId: string) =>
  sql('SELECT 1 FROM outcome_admission WHERE participant_id = $1', [participantId]).then(
    (rows) => rows.length > 0,
    () => false,
  );

describe('the reporting service killed while applying a batch', () => {
  // Large enough that applying it takes many batches.
  const history = reportingHistory(1_000);
  let producer: KafkaTestProducer;

  beforeAll(async () => {
    env.PORT = String(await freePort());
    // The history goes in before the service first starts, so its topics are made here: the
    // broker creates none on its own, and another suite may not have made them yet.
    await ensureTopics(
      createKafka(testKafkaBrokers(), 'killed-mid-batch-test', new JsonLogger('test', 'error')),
      [topics.participants, topics.jobTracks],
    );
    producer = await KafkaTestProducer.start();
    // In slices: one produce request of the whole history exceeds the broker's message size.
    for (const [topic, events] of [
      [topics.participants, history.participants],
      [topics.jobTracks, history.jobTracks],
    ] as const)
      for (let start = 0; start < events.length; start += 1_000)
        await producer.publish(topic, events.slice(start, start + 1_000));
  });

  afterAll(async () => {
    await producer?.stop();
    await sqlOn('postgres', `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await sqlOn('postgres', `DROP ROLE IF EXISTS ${database}_app`);
  });

  it('leaves the read models, once restarted and caught up, exactly as a clean run would', async () => {
    const first = startService();
    try {
      // Kill it once part of this history is applied: it is in the middle of its batches.
      await expectEventually(
        async () => expect(await admitted(history.participantIds[200]!)).toBe(true),
        { timeoutMs: 240_000, intervalMs: 5 },
      );
    } finally {
      await killed(first, 'SIGKILL');
    }
    const atKill = await applied(history.participantIds);
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(history.expectedRows);

    const second = startService();
    try {
      await expectEventually(
        async () => expect(await applied(history.participantIds)).toBe(history.expectedRows),
        { timeoutMs: 240_000, intervalMs: 500 },
      );
      // The topics also hold other suites' events, which the clean run below replays too.
      await consumersCaughtUp([`http://127.0.0.1:${env.PORT}`], 240_000);
    } finally {
      await killed(second, 'SIGTERM');
    }

    // A clean run of the same topics: the rebuild replays them into fresh tables.
    const { handlers, close } = await handlersOf(readModels);
    try {
      for (const model of readModels) {
        const result = await rebuildReadModel(
          {
            databaseUrl: env.DATABASE_URL,
            databaseName: database,
            kafkaBrokers: env.KAFKA_BROKERS,
            serviceGroup: database,
            logger: new JsonLogger('reporting', 'error'),
          },
          model,
          handlers.get(model.name)!,
        );
        expect(result.live).toEqual(result.rebuilt);
      }
    } finally {
      await close();
    }
    // A long history, applied twice and replayed twice: more than jest's default minute.
  }, 900_000);
});
