import 'reflect-metadata';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import {
  identityHeader,
  identityVerifyKeySet,
  signIdentity,
  topics,
  type CallerIdentity,
} from '@jobbnatet/contracts';
import { databaseUrl, JsonLogger } from '@jobbnatet/service-kit';
import { expectEventually, KafkaProbe, testIdentityNumbers } from '@jobbnatet/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ObjectTypeDefinitionNode } from 'graphql';
import { Client } from 'pg';
import { AppModule } from '../src/app.module';
import { participantsConfig } from '../src/config';
import { ParticipantsService } from '../src/participants/participants.service';

const serverUrl =
  process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:19092';
const database = `participants_it_${randomBytes(4).toString('hex')}`;
const gatewayKeys = generateKeyPairSync('ed25519');
const piiKeys = `it1:${randomBytes(32).toString('base64')}`;
const blindIndexKey = randomBytes(32).toString('base64');

const officer: CallerIdentity = {
  userId: randomUUID(),
  role: 'officer',
  officeId: 'af-sodertalje',
  correlationId: 'it',
};
const numbers = testIdentityNumbers().filter((n) => n.startsWith('19'));
let next = 0;

/** SQL straight against a database on the test server, as an operator would run it. */
async function sql<T>(sqlText: string, params: unknown[] = [], on = 'postgres'): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, on) });
  await client.connect();
  try {
    return (await client.query(sqlText, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The real app module on a free port, against this run's database and the given brokers. */
async function startParticipants(
  kafkaBrokers = brokers,
  databaseName = database,
): Promise<{ app: INestApplication; url: string }> {
  const config = participantsConfig({
    DATABASE_URL: serverUrl,
    DATABASE_NAME: databaseName,
    KAFKA_BROKERS: kafkaBrokers,
    IDENTITY_VERIFY_KEYS: identityVerifyKeySet([{ key: gatewayKeys.publicKey, keyId: 'it' }]),
    JOBBNATET_MODE: 'development',
    PII_ENCRYPTION_KEYS: piiKeys,
    PII_BLIND_INDEX_KEY: blindIndexKey,
    LOG_LEVEL: 'error',
  });
  const app = await NestFactory.create(AppModule.register(config), {
    logger: new JsonLogger('participants', 'error'),
  });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl() };
}

/** A port nothing listens on: Kafka "down". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('participants service on real PostgreSQL and Kafka', () => {
  let app: INestApplication;
  let url: string;
  let probe: KafkaProbe;

  async function call<T>(
    caller: CallerIdentity,
    query: string,
    variables: Record<string, unknown> = {},
    baseUrl = url,
  ) {
    const signed = await signIdentity(caller, {
      key: gatewayKeys.privateKey,
      keyId: 'it',
      audience: 'participants',
      operation: { query, variables },
    });
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [identityHeader]: signed },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: T;
      errors?: { extensions?: Record<string, unknown> }[];
    };
  }

  async function register(baseUrl = url): Promise<string> {
    const result = await call<{ registerParticipant: { id: string } }>(
      officer,
      'mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }',
      {
        input: {
          identityNumber: numbers[next++],
          givenName: 'Ida',
          familyName: 'Integration',
          homeMunicipalityCode: '0181',
          officeId: 'af-sodertalje',
        },
      },
      baseUrl,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.registerParticipant.id;
  }

  const readiness = async (baseUrl = url) => (await fetch(`${baseUrl}/health/ready`)).status;

  beforeAll(async () => {
    ({ app, url } = await startParticipants());
    // With Kafka up, the kit creates the topics before the service reports ready.
    await expectEventually(async () => expect(await readiness()).toBe(200), { timeoutMs: 30_000 });
    probe = await KafkaProbe.start([topics.participants], brokers);
  });

  afterAll(async () => {
    await probe?.stop();
    await app?.close();
    await sql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await sql(`DROP DATABASE IF EXISTS "${database}_kafka_down" WITH (FORCE)`);
  });

  it('refuses every operation of its schema without the gateway’s signature', async () => {
    const schema = parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8'));
    const roots = schema.definitions.filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === 'ObjectTypeDefinition' && ['Query', 'Mutation'].includes(d.name.value),
    );
    const fields = roots.flatMap((root) =>
      (root.fields ?? []).map(
        (field) => `${root.name.value === 'Mutation' ? 'mutation ' : ''}{ ${field.name.value} }`,
      ),
    );
    expect(fields.length).toBeGreaterThanOrEqual(5);
    for (const query of fields) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect({ query, status: response.status }).toEqual({ query, status: 401 });
    }
  });

  it('starts and takes registrations while Kafka is down, and a later instance drains them', async () => {
    const down = await startParticipants(
      `127.0.0.1:${await closedPort()}`,
      `${database}_kafka_down`,
    );
    const id = await register(down.url);
    // Ready means the database answers: it stays in rotation and shows what waits for Kafka.
    const ready = await fetch(`${down.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      details: { database: { status: 'up' }, outbox: { status: 'up', backlog: 1 } },
    });
    await down.app.close();
    expect(await sql('SELECT message_key FROM outbox', [], `${database}_kafka_down`)).toEqual([
      { message_key: id },
    ]);

    const back = await startParticipants(brokers, `${database}_kafka_down`);
    await probe.waitFor((message) => message.key === id, 15_000);
    await expectEventually(async () =>
      expect(
        await sql('SELECT count(*)::int AS n FROM outbox', [], `${database}_kafka_down`),
      ).toEqual([{ n: 0 }]),
    );
    await back.app.close();
  });

  it('is live, and ready once PostgreSQL answers', async () => {
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    expect(await readiness()).toBe(200);
  });

  it('stores the identity number only as ciphertext with its key id, and a blind index', async () => {
    const id = await register();
    const number = numbers[next - 1]!;
    const [row] = await sql<Record<string, string>>(
      'SELECT * FROM participant WHERE id = $1',
      [id],
      database,
    );
    expect(row!.identity_number_encrypted).toMatch(/^it1\./);
    expect(JSON.stringify(row)).not.toContain(number.slice(2, 8));
  });

  it('publishes participant.registered within moments of the commit, woken rather than polled', async () => {
    const id = await register();
    const started = Date.now();
    await probe.waitFor((message) => message.key === id, 10_000);
    // The safety-net poll runs every 2 s; arriving well before shows the NOTIFY wake-up at work.
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('resolves 100 entity references with one database query', async () => {
    const ids = await Promise.all(Array.from({ length: 3 }, () => register()));
    const references = [...ids, ...Array.from({ length: 97 }, () => randomUUID())];
    const findVisible = jest.spyOn(app.get(ParticipantsService), 'findVisible');
    const result = await call<{ _entities: ({ id: string } | null)[] }>(
      officer,
      'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { id } } }',
      { r: references.map((id) => ({ __typename: 'Participant', id })) },
    );
    expect(findVisible).toHaveBeenCalledTimes(1);
    expect(result.data!._entities.filter(Boolean).map((entity) => entity!.id)).toEqual(ids);
    findVisible.mockRestore();
  });

  it('answers a reference to another office’s participant exactly as one to a missing id', async () => {
    const id = await register();
    const stranger: CallerIdentity = { ...officer, officeId: 'af-solna' };
    const query =
      'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { id } } }';
    const foreign = await call(stranger, query, { r: [{ __typename: 'Participant', id }] });
    const missing = await call(stranger, query, {
      r: [{ __typename: 'Participant', id: randomUUID() }],
    });
    expect(foreign).toEqual({ data: { _entities: [null] } });
    expect(missing).toEqual(foreign);
  });

  it('survives losing its database: not ready while it is gone, ready and writing again when it is back', async () => {
    await sql(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      database,
    ]);
    await expectEventually(async () => expect(await readiness()).toBe(503), { timeoutMs: 10_000 });
    expect((await fetch(`${url}/health/live`)).status).toBe(200);

    await sql(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await expectEventually(async () => expect(await readiness()).toBe(200), { timeoutMs: 15_000 });
    const id = await register();
    await probe.waitFor((message) => message.key === id, 10_000);
  });

  it('flushes events still in the outbox when it shuts down', async () => {
    // An outbox row whose wake-up was missed (inserted without NOTIFY): only the shutdown flush sends it.
    const id = randomUUID();
    const event = {
      specversion: '1.0',
      id: randomUUID(),
      source: '/jobbnatet/participants',
      type: 'participant.registered',
      subject: id,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      dataschema: 'urn:jobbnatet:event:participant.registered:v1',
      dataversion: 1,
      correlationid: 'it-flush',
      data: {
        participantId: id,
        homeMunicipalityCode: '0181',
        officeId: 'af-sodertalje',
        registeredAt: new Date().toISOString(),
        registeredBy: officer.userId,
      },
    };
    await sql(
      'INSERT INTO outbox (event_id, topic, message_key, payload) VALUES ($1, $2, $3, $4)',
      [event.id, topics.participants, id, JSON.stringify(event)],
      database,
    );
    await app.close();
    await probe.waitFor((message) => message.key === id, 10_000);
    expect(await sql('SELECT count(*)::int AS n FROM outbox', [], database)).toEqual([{ n: 0 }]);
  });
});
