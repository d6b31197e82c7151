import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEventually } from '@jobbnatet/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { freePortPair } from '../src/ports';
import { stopRecordedKafka } from '../src/kafka';
import { postgresLocation, stopRecordedPostgres } from '../src/postgres';
import { portAcceptsConnections, readRecord, writeRecord } from '../src/process-state';
import { up, type Infrastructure } from '../src/up';

/**
 * A second, independent set of servers beside the suite's own: its own ports and its own state
 * folder, made by mkdtemp with mode 0700. Run as root, that folder is closed to the `postgres` user
 * PostgreSQL runs as, exactly as a clone in /root is (docs/adr/0012).
 */
/** Runner limit, not an assertion: a first start resolves jars and initialises a cluster. */
jest.setTimeout(5 * 60_000);

describe('the local infrastructure', () => {
  const saved = { ...process.env };
  const localDir = mkdtempSync(join(tmpdir(), 'jobbnatet-infra-'));
  let kafkaPort: number;
  let postgresPort: number;

  beforeAll(async () => {
    delete process.env.KAFKA_BROKERS;
    delete process.env.DATABASE_URL;
    kafkaPort = await freePortPair();
    postgresPort = await freePortPair();
    Object.assign(process.env, {
      JOBBNATET_LOCAL_DIR: localDir,
      JOBBNATET_KAFKA_PORT: String(kafkaPort),
      JOBBNATET_POSTGRES_PORT: String(postgresPort),
    });
  });

  afterAll(async () => {
    // After a failed test, nothing of this suite may outlive it.
    await Promise.all([stopRecordedKafka(), stopRecordedPostgres()]);
    const { serverDir, relocated } = postgresLocation();
    process.env = saved;
    rmSync(localDir, { recursive: true, force: true });
    if (relocated) rmSync(serverDir, { recursive: true, force: true });
  });

  async function postgresAnswers(url: string): Promise<boolean> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ answer: number }>('SELECT 1 AS answer');
      return rows[0]?.answer === 1;
    } finally {
      await client.end();
    }
  }

  async function kafkaTopicsFrom(brokers: string): Promise<string[]> {
    const admin = new Kafka({ brokers: [brokers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      return await admin.listTopics();
    } finally {
      await admin.disconnect();
    }
  }

  async function expectStopped(): Promise<void> {
    await expectEventually(async () => {
      expect(await portAcceptsConnections(kafkaPort)).toBe(false);
      expect(await portAcceptsConnections(postgresPort)).toBe(false);
    });
    expect(readRecord('kafka')).toBeUndefined();
    expect(readRecord('postgres')).toBeUndefined();
  }

  let first: Infrastructure;

  it('starts a broker and a server of its own, on its own ports, from a folder closed to others', async () => {
    expect(statSync(localDir).mode & 0o777).toBe(0o700);
    first = await up();

    expect(first.databaseUrl).toContain(`:${postgresPort}/`);
    expect(first.kafkaBrokers).toBe(`127.0.0.1:${kafkaPort}`);
    expect(await postgresAnswers(first.databaseUrl)).toBe(true);
    expect(await kafkaTopicsFrom(first.kafkaBrokers)).toEqual(expect.any(Array));
    if (process.getuid?.() === 0) {
      // The postgres user cannot enter the 0700 folder: binaries and data live where it can.
      const location = postgresLocation();
      expect(location.relocated).toBe(true);
      expect(location.dataDir.startsWith(localDir)).toBe(false);
      expect(statSync(location.dataDir).uid).not.toBe(0);
    }
  });

  it('adopts what is running without owning it: stopping the second leaves both up', async () => {
    const second = await up();
    expect(second.databaseUrl).toBe(first.databaseUrl);
    expect(second.kafkaBrokers).toBe(first.kafkaBrokers);

    await second.down();
    expect(await postgresAnswers(first.databaseUrl)).toBe(true);
    expect(await kafkaTopicsFrom(first.kafkaBrokers)).toEqual(expect.any(Array));
  });

  it('takes over servers left by an interrupted run and stops them when done', async () => {
    // The first run "dies": its records now name an owner that no longer exists.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    for (const name of ['kafka', 'postgres'] as const) {
      const record = readRecord(name)!;
      writeRecord(name, { ...record, owner: gone });
    }

    const heir = await up();
    expect(heir.databaseUrl).toBe(first.databaseUrl);
    await heir.down();

    await expectStopped();
  });

  it('starts again on the data it kept, and stops what it started', async () => {
    const again = await up();
    expect(await postgresAnswers(again.databaseUrl)).toBe(true);
    await again.down();
    await expectStopped();
  });
});
