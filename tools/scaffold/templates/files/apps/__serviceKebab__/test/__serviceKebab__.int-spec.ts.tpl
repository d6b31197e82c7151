import 'reflect-metadata';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  identityHeader,
  identityVerifyKeySet,
  parseEvent,
  signIdentity,
  topics,
  type CallerIdentity,
} from '@jobbnatet/contracts';
import { databaseUrl, JsonLogger } from '@jobbnatet/service-kit';
import { expectEventually, KafkaProbe } from '@jobbnatet/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parse, type ObjectTypeDefinitionNode } from 'graphql';
import { Client } from 'pg';
import { AppModule } from '../src/app.module';
import { {{serviceCamel}}Config } from '../src/config';

const serverUrl =
  process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:19092';
const database = `{{serviceSnake}}_it_${randomBytes(4).toString('hex')}`;
const gatewayKeys = generateKeyPairSync('ed25519');

const officer: CallerIdentity = {
  userId: randomUUID(),
  role: 'officer',
  officeId: 'af-sodertalje',
  correlationId: 'it',
};
const otherOfficer: CallerIdentity = { ...officer, userId: randomUUID(), officeId: 'af-solna' };

const create = `mutation C($input: Create{{entityPascal}}Input!) {
  create{{entityPascal}}(input: $input) { id name officeId createdAt }
}`;
const byId = 'query One($id: ID!) { {{entityCamel}}(id: $id) { id name officeId } }';

interface GraphqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function sql<T>(sqlText: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    return (await client.query(sqlText, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('{{serviceKebab}} service on real PostgreSQL and Kafka', () => {
  let app: INestApplication;
  let url: string;
  let probe: KafkaProbe;

  /** One operation as `caller`, signed as the gateway signs it. */
  async function call<T>(
    caller: CallerIdentity,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResult<T>> {
    const signed = await signIdentity(caller, {
      key: gatewayKeys.privateKey,
      keyId: 'it',
      audience: '{{serviceKebab}}',
      operation: { query, variables },
    });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [identityHeader]: signed },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphqlResult<T>, 'status'>) };
  }

  async function create{{entityPascal}}(name: string, caller = officer): Promise<string> {
    const result = await call<{ create{{entityPascal}}: { id: string } }>(caller, create, {
      input: { name, officeId: caller.officeId },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.create{{entityPascal}}.id;
  }

  beforeAll(async () => {
    const config = {{serviceCamel}}Config({
      DATABASE_URL: serverUrl,
      DATABASE_NAME: database,
      KAFKA_BROKERS: brokers,
      IDENTITY_VERIFY_KEYS: identityVerifyKeySet([{ key: gatewayKeys.publicKey, keyId: 'it' }]),
      JOBBNATET_MODE: 'development',
      LOG_LEVEL: 'error',
    });
    app = await NestFactory.create(AppModule.register(config), {
      logger: new JsonLogger('{{serviceKebab}}', 'error'),
    });
    app.enableShutdownHooks();
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    await expectEventually(
      async () => expect((await fetch(`${url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    probe = await KafkaProbe.start([topics.{{serviceCamel}}], brokers);
  });

  afterAll(async () => {
    await probe?.stop();
    await app?.close();
    const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  });

  it('refuses every operation of its schema without the gateway’s signature', async () => {
    const schema = parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8'));
    const operations = schema.definitions
      .filter(
        (d): d is ObjectTypeDefinitionNode =>
          d.kind === 'ObjectTypeDefinition' && ['Query', 'Mutation'].includes(d.name.value),
      )
      .flatMap((root) =>
        (root.fields ?? []).map(
          (field) => `${root.name.value === 'Mutation' ? 'mutation ' : ''}{ ${field.name.value} }`,
        ),
      );
    expect(operations).toEqual(
      expect.arrayContaining(['{ {{entityCamel}} }', 'mutation { create{{entityPascal}} }', '{ _entities }']),
    );
    for (const query of operations) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect({ query, status: response.status }).toEqual({ query, status: 401 });
    }
  });

  it('creates a {{entityWords}} and publishes {{eventType}} keyed by its id, with ids only', async () => {
    const id = await create{{entityPascal}}('Första {{entityWords}}');
    const message = await probe.waitFor((m) => m.key === id, 10_000);
    const parsed = parseEvent(message.value!);
    expect(parsed).toMatchObject({
      ok: true,
      envelope: { type: '{{eventType}}', subject: id, dataversion: 1 },
    });
    expect(message.value!.toString()).not.toContain('Första');
    expect(await sql('SELECT name, office_id FROM {{entitySnake}} WHERE id = $1', [id])).toEqual([
      { name: 'Första {{entityWords}}', office_id: 'af-sodertalje' },
    ]);
  });

  it('shows a {{entityWords}} to its own office, and to another office as if it did not exist', async () => {
    const id = await create{{entityPascal}}('Synlig');
    expect(await call(officer, byId, { id })).toMatchObject({
      data: { {{entityCamel}}: { id, name: 'Synlig', officeId: 'af-sodertalje' } },
    });
    const foreign = await call(otherOfficer, byId, { id });
    const missing = await call(otherOfficer, byId, { id: randomUUID() });
    expect(foreign).toEqual({ status: 200, data: { {{entityCamel}}: null } });
    expect(missing).toEqual(foreign);
  });

  it('answers a reference to another office’s {{entityWords}} exactly as one to a missing id', async () => {
    const id = await create{{entityPascal}}('Refererad');
    const query = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on {{entityPascal}} { id } } }`;
    const own = await call(officer, query, { r: [{ __typename: '{{entityPascal}}', id }] });
    const foreign = await call(otherOfficer, query, { r: [{ __typename: '{{entityPascal}}', id }] });
    const missing = await call(otherOfficer, query, {
      r: [{ __typename: '{{entityPascal}}', id: randomUUID() }],
    });
    expect(own).toEqual({ status: 200, data: { _entities: [{ id }] } });
    expect(foreign).toEqual({ status: 200, data: { _entities: [null] } });
    expect(missing).toEqual(foreign);
  });

  it('refuses to create a {{entityWords}} for another office, and writes nothing', async () => {
    const name = `Främmande ${randomUUID()}`;
    const result = await call(officer, create, { input: { name, officeId: 'af-solna' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: '{{entityConstant}}.CREATION_NOT_ALLOWED',
    });
    expect(await sql('SELECT id FROM {{entitySnake}} WHERE name = $1', [name])).toEqual([]);
  });

  it.each([
    ['name', { name: '\u0301', officeId: 'af-sodertalje' }],
    ['officeId', { name: 'Namn', officeId: 'Not An Office <script>' }],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field, never echoing the value', async (field, input) => {
    const result = await call(officer, create, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(result)).not.toContain(field === 'name' ? '\u0301' : '<script>');
  });
});
