import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually, hostileStrings, KafkaProbe } from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { reportingConfig } from '../src/config';

const create = `mutation C($input: CreateReportInput!) {
  createReport(input: $input) { id name officeId createdAt }
}`;
const byId = 'query One($id: ID!) { report(id: $id) { id name officeId } }';
const references =
  'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Report { id } } }';

describe('reporting service on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
  const otherOffice = callers.officer('af-solna');
  let subgraph: Subgraph;
  let probe: KafkaProbe;

  async function createReport(name: string): Promise<string> {
    const result = await subgraph.call<{ createReport: { id: string } }>(officer, create, {
      input: { name, officeId: 'af-sodertalje' },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createReport.id;
  }

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    probe = await KafkaProbe.start([topics.reporting]);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('refuses every operation of its schema without the gateway’s signature', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    expect(walk.map((probed) => probed.operation)).toEqual(
      expect.arrayContaining(['query { report }', 'mutation { createReport }']),
    );
    expect(walk.filter((probed) => probed.status !== 401)).toEqual([]);
  });

  it('reads the caller’s scope in every root field and entity resolver', () => {
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  it('creates a report and publishes report.created keyed by its id, with ids only', async () => {
    const id = await createReport('Första report');
    const message = await probe.waitFor((m) => m.key === id, 10_000);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: { type: 'report.created', subject: id, dataversion: 1 },
    });
    expect(message.value!.toString()).not.toContain('Första');
    expect(await subgraph.sql('SELECT name, office_id FROM report WHERE id = $1', [id])).toEqual([
      { name: 'Första report', office_id: 'af-sodertalje' },
    ]);
  });

  it('shows a report to its own office, and to another office as if it did not exist', async () => {
    const id = await createReport('Synlig');
    expect(await subgraph.call(officer, byId, { id })).toMatchObject({
      data: { report: { id, name: 'Synlig', officeId: 'af-sodertalje' } },
    });
    const foreign = await subgraph.call(otherOffice, byId, { id });
    const missing = await subgraph.call(otherOffice, byId, { id: randomUUID() });
    expect(foreign).toEqual({ status: 200, data: { report: null } });
    expect(missing).toEqual(foreign);
  });

  it('answers a reference to another office’s report exactly as one to a missing id', async () => {
    const id = await createReport('Refererad');
    const reference = (ref: string) => ({ r: [{ __typename: 'Report', id: ref }] });
    expect(await subgraph.call(officer, references, reference(id))).toEqual({
      status: 200,
      data: { _entities: [{ id }] },
    });
    const foreign = await subgraph.call(otherOffice, references, reference(id));
    expect(foreign).toEqual({ status: 200, data: { _entities: [null] } });
    expect(await subgraph.call(otherOffice, references, reference(randomUUID()))).toEqual(foreign);
  });

  it.each([
    ['another office’s officer', callers.officer('af-solna')],
    ['an analyst', callers.analyst()],
    ['a municipal case worker', callers.caseWorker()],
  ])('refuses creation by %s, and writes nothing', async (_who, caller) => {
    const name = `Främmande ${randomUUID()}`;
    const result = await subgraph.call(caller, create, {
      input: { name, officeId: 'af-sodertalje' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'REPORT.CREATION_NOT_ALLOWED',
    });
    expect(await subgraph.sql('SELECT id FROM report WHERE name = $1', [name])).toEqual([]);
  });

  it('refuses every hostile name and office with BAD_USER_INPUT naming the field, never echoing it', async () => {
    const refusedNames = hostileStrings.filter((value) => !/\p{L}/u.test(value));
    for (const [field, input] of [
      ...refusedNames.map((name) => ['name', { name, officeId: 'af-sodertalje' }] as const),
      ...hostileStrings.map((officeId) => ['officeId', { name: 'Namn', officeId }] as const),
    ]) {
      const result = await subgraph.call(officer, create, { input });
      const value = field === 'name' ? input.name : input.officeId;
      expect({ value, extensions: result.errors?.[0]?.extensions }).toMatchObject({
        value,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
      if (value.trim().length > 3) expect(JSON.stringify(result.errors)).not.toContain(value);
    }
  });
});
