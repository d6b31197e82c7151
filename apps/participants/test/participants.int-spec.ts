import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { topics } from '@jobbnatet/contracts';
import { callers, sqlOn, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant, expectEventually, KafkaProbe } from '@jobbnatet/testing';
import { DataSource } from 'typeorm';
import { printedSchema, register, startParticipants } from './support/participants';

/** A port nothing listens on: Kafka "down". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const entities =
  'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { id identityNumber } } }';
const officer = callers.officer('af-sodertalje');

describe('participants service on real PostgreSQL and Kafka', () => {
  let participants: Subgraph;
  let probe: KafkaProbe;

  const readiness = async (subgraph = participants) =>
    (await fetch(`${subgraph.url}/health/ready`)).status;

  beforeAll(async () => {
    participants = await startParticipants();
    // With Kafka up, the kit creates the topics before the service reports ready.
    await expectEventually(async () => expect(await readiness()).toBe(200), { timeoutMs: 30_000 });
    probe = await KafkaProbe.start([topics.participants]);
  });

  afterAll(async () => {
    await probe?.stop();
    await participants?.stop({ dropDatabase: true });
  });

  it('refuses every root field of its schema, _service and _entities included, without the gateway’s signature', async () => {
    const walk = await participants.unsignedWalk(printedSchema);
    expect(walk.map((probe) => probe.operation)).toEqual(
      expect.arrayContaining([
        'query { _service }',
        'query { _entities }',
        'mutation { registerParticipant }',
      ]),
    );
    expect(walk.filter((probe) => probe.status !== 401)).toEqual([]);
  });

  it('lets no root field or entity resolver bypass the scope mechanism', () => {
    expect(participants.unscopedResolvers()).toEqual([]);
  });

  it('starts and takes registrations while Kafka is down, and a later instance drains them', async () => {
    const databaseName = `${participants.databaseName}_kafka_down`;
    const down = await startParticipants({
      kafkaBrokers: `127.0.0.1:${await closedPort()}`,
      databaseName,
    });
    const { id } = await register(down, officer);
    // Ready means the database answers: it stays in rotation and shows what waits for Kafka.
    const ready = await fetch(`${down.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      details: { database: { status: 'up' }, outbox: { status: 'up', backlog: 1 } },
    });
    await down.stop();
    expect(await sqlOn(databaseName, 'SELECT message_key FROM outbox')).toEqual([
      { message_key: id },
    ]);

    const { PII_ENCRYPTION_KEYS, PII_BLIND_INDEX_KEYS } = down.env;
    const back = await startParticipants({
      databaseName,
      env: {
        PII_ENCRYPTION_KEYS: PII_ENCRYPTION_KEYS!,
        PII_BLIND_INDEX_KEYS: PII_BLIND_INDEX_KEYS!,
      },
    });
    await probe.waitFor((message) => message.key === id, 15_000);
    await expectEventually(async () =>
      expect(await sqlOn(databaseName, 'SELECT count(*)::int AS n FROM outbox')).toEqual([
        { n: 0 },
      ]),
    );
    await back.stop({ dropDatabase: true });
  });

  it('is live, and ready once PostgreSQL answers', async () => {
    expect((await fetch(`${participants.url}/health/live`)).status).toBe(200);
    expect(await readiness()).toBe(200);
  });

  it('stores the identity number only as row-bound ciphertext with its key id, and a keyed index', async () => {
    const input = aParticipant().build();
    const { id } = await register(participants, officer, input);
    const [row] = await participants.sql<Record<string, string>>(
      'SELECT * FROM participant WHERE id = $1',
      [id],
    );
    expect(row!.identity_number_encrypted).toMatch(/^v2\.it1\./);
    expect(row!.identity_number_index).toMatch(/^ix1\./);
    expect(JSON.stringify(row)).not.toContain(input.identityNumber.slice(2, 8));
  });

  it('does not decrypt an identity number copied into another participant’s row', async () => {
    const original = aParticipant().build();
    const { id: source } = await register(participants, officer, original);
    const { id: target } = await register(participants, officer);
    await participants.sql(
      `UPDATE participant SET identity_number_encrypted =
         (SELECT identity_number_encrypted FROM participant WHERE id = $1) WHERE id = $2`,
      [source, target],
    );
    const copied = await participants.call(officer, entities, {
      r: [{ __typename: 'Participant', id: target }],
    });
    expect(copied.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(copied)).not.toContain(original.identityNumber.slice(8));
    const untouched = await participants.call<{ _entities: { identityNumber: string }[] }>(
      officer,
      entities,
      { r: [{ __typename: 'Participant', id: source }] },
    );
    expect(untouched.data!._entities[0]!.identityNumber.replace('-', '')).toBe(
      original.identityNumber,
    );
  });

  it('publishes participant.registered keyed by the participant once it is committed', async () => {
    const { id } = await register(participants, officer);
    const message = await probe.waitFor((m) => m.key === id, 10_000);
    expect(JSON.parse(message.value!.toString())).toMatchObject({
      type: 'participant.registered',
      subject: id,
    });
  });

  it('resolves 100 entity references with one SQL statement against its table', async () => {
    const ids = await Promise.all(
      Array.from({ length: 3 }, async () => (await register(participants, officer)).id),
    );
    const references = [...ids, ...Array.from({ length: 97 }, () => randomUUID())];
    const logger = participants.app.get(DataSource).logger;
    const logQuery = jest.spyOn(logger, 'logQuery');
    try {
      const result = await participants.call<{ _entities: ({ id: string } | null)[] }>(
        officer,
        entities,
        { r: references.map((id) => ({ __typename: 'Participant', id })) },
      );
      expect(result.data!._entities.filter(Boolean).map((entity) => entity!.id)).toEqual(ids);
      const statements = logQuery.mock.calls.map(([sql]) => sql);
      expect(statements.filter((sql) => /\bparticipant\b/.test(sql))).toHaveLength(1);
    } finally {
      logQuery.mockRestore();
    }
  });

  it('answers a reference to another office’s participant exactly as one to a missing id', async () => {
    const { id } = await register(participants, officer);
    const stranger = callers.officer('af-solna');
    const foreign = await participants.call(stranger, entities, {
      r: [{ __typename: 'Participant', id }],
    });
    const missing = await participants.call(stranger, entities, {
      r: [{ __typename: 'Participant', id: randomUUID() }],
    });
    expect(foreign).toEqual({ status: 200, data: { _entities: [null] } });
    expect(missing).toEqual(foreign);
  });

  it('survives losing its database: not ready while it is gone, ready and writing again when it is back', async () => {
    const database = participants.databaseName;
    await sqlOn('postgres', `ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await sqlOn(
      'postgres',
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
      [database],
    );
    await expectEventually(async () => expect(await readiness()).toBe(503), { timeoutMs: 10_000 });
    expect((await fetch(`${participants.url}/health/live`)).status).toBe(200);

    await sqlOn('postgres', `ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await expectEventually(async () => expect(await readiness()).toBe(200), { timeoutMs: 15_000 });
    const { id } = await register(participants, officer);
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
    await participants.sql(
      'INSERT INTO outbox (event_id, topic, message_key, payload) VALUES ($1, $2, $3, $4)',
      [event.id, topics.participants, id, JSON.stringify(event)],
    );
    await participants.app.close();
    await probe.waitFor((message) => message.key === id, 10_000);
    expect(await participants.sql('SELECT count(*)::int AS n FROM outbox')).toEqual([{ n: 0 }]);
  });
});
