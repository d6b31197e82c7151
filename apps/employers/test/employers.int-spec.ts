import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  expectEventually,
  hostileString,
  KafkaProbe,
  oneFieldBroken,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  anEmployer,
  registerEmployer,
  registerEmployerMutation,
  startEmployers,
} from './support/employers';

const byId =
  'query One($id: ID!) { employer(id: $id) { id name organisationNumber officeIds contactPersons { name } } }';
const references =
  'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Employer { id name } } }';
const addWorkplace =
  'mutation W($input: AddWorkplaceInput!) { addWorkplace(input: $input) { version workplaces { name municipalityCode } } }';
const addContact =
  'mutation C($input: AddContactPersonInput!) { addContactPerson(input: $input) { version contactPersons { name role phone email } } }';

describe('employers service on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
  const otherOffice = callers.officer('af-solna');
  let subgraph: Subgraph;
  let probe: KafkaProbe;

  beforeAll(async () => {
    subgraph = await startEmployers();
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      {
        timeoutMs: 30_000,
      },
    );
    probe = await KafkaProbe.start([topics.employers]);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('registers the dev employer in development with its event, once however often it starts', async () => {
    const devEmployerEvents = async () =>
      Number(
        (
          await subgraph.sql<{ last_sequence: string }>(
            'SELECT last_sequence FROM outbox_subject_sequence WHERE subject = $1',
            ['e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1'],
          )
        )[0]?.last_sequence ?? 0,
      );
    expect(await devEmployerEvents()).toBe(1);
    const second = await startEmployers({ databaseName: subgraph.databaseName });
    await second.stop();
    expect(await devEmployerEvents()).toBe(1);
  });

  it('refuses every operation of its schema without the gateway’s signature', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    expect(walk.map((probed) => probed.operation)).toEqual(
      expect.arrayContaining(['query { employer }', 'mutation { registerEmployer }']),
    );
    expect(walk.filter((probed) => probed.status !== 401)).toEqual([]);
  });

  it('reads the caller’s scope in every root field and entity resolver', () => {
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  it('registers an employer with its organisation number encrypted, and publishes ids and codes only', async () => {
    const input = anEmployer({ name: 'Första Bygg AB' });
    const employer = await registerEmployer(subgraph, officer, input);
    const message = await probe.waitFor((m) => m.key === employer.id, 10_000);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: {
        type: 'employer.registered',
        subject: employer.id,
        data: { sniCode: '62010', officeIds: ['af-sodertalje'] },
      },
    });
    const bytes = message.value!.toString();
    expect(bytes).not.toContain('Första');
    expect(bytes).not.toContain(String(input.organisationNumber).replace('-', ''));
    const [row] = await subgraph.sql<Record<string, unknown>>(
      'SELECT * FROM employer WHERE id = $1',
      [employer.id],
    );
    expect(JSON.stringify(row)).not.toContain(String(input.organisationNumber).replace('-', ''));
    expect(row!.organisation_number_encrypted).toMatch(/^v2\./);
  });

  it('refuses the same organisation number twice with a typed error, writing nothing', async () => {
    const input = anEmployer();
    await registerEmployer(subgraph, officer, input);
    const again = await subgraph.call(otherOffice, registerEmployerMutation, {
      input: {
        ...input,
        organisationNumber: String(input.organisationNumber).replace('-', ''),
        name: 'Kopia AB',
      },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMPLOYER.ALREADY_REGISTERED',
      field: 'organisationNumber',
    });
    expect(await subgraph.sql("SELECT 1 FROM employer WHERE name = 'Kopia AB'")).toEqual([]);
  });

  it('shows an employer to the offices that work with it and to its own contact, and to no one else', async () => {
    const { id } = await registerEmployer(
      subgraph,
      officer,
      anEmployer({ officeIds: ['af-sodertalje', 'af-kista'] }),
    );
    const seen = async (caller: typeof officer) =>
      (await subgraph.call<{ employer: unknown }>(caller, byId, { id })).data?.employer;
    expect(await seen(officer)).toMatchObject({
      id,
      organisationNumber: expect.stringMatching(/^\d{6}-\d{4}$/),
    });
    expect(await seen(callers.officer('af-kista'))).toMatchObject({ id });
    expect(await seen(callers.employerContact(id))).toMatchObject({
      id,
      organisationNumber: expect.any(String),
    });
    expect(await seen({ ...callers.processLeader(), officeId: 'af-kista' })).toMatchObject({
      id,
      organisationNumber: null,
      contactPersons: null,
    });
    for (const outsider of [
      otherOffice,
      callers.employerContact(),
      callers.analyst(),
      callers.caseWorker('0181'),
    ]) {
      expect(await seen(outsider)).toBeNull();
    }
    expect(await seen({ ...officer, userId: randomUUID() })).toMatchObject({ id });
    const missing = await subgraph.call(otherOffice, byId, { id: randomUUID() });
    expect(await subgraph.call(otherOffice, byId, { id })).toEqual(missing);
  });

  it('adds workplaces and contact persons at the version read, the contact details encrypted', async () => {
    const { id, version } = await registerEmployer(subgraph, officer);
    const contact = callers.employerContact(id);
    const workplace = await subgraph.call<{ addWorkplace: { version: number } }>(
      contact,
      addWorkplace,
      {
        input: { employerId: id, version, name: 'Lagret i Almnäs', municipalityCode: '0181' },
      },
    );
    expect(workplace.data?.addWorkplace).toEqual({
      version: version + 1,
      workplaces: [{ name: 'Lagret i Almnäs', municipalityCode: '0181' }],
    });
    const person = await subgraph.call<{ addContactPerson: unknown }>(officer, addContact, {
      input: {
        employerId: id,
        version: version + 1,
        name: 'Ida Ek',
        role: 'HR-chef',
        phone: '08-123 456 78',
        email: 'ida.ek@example.se',
      },
    });
    expect(person.data?.addContactPerson).toEqual({
      version: version + 2,
      contactPersons: [
        { name: 'Ida Ek', role: 'HR-chef', phone: '0812345678', email: 'ida.ek@example.se' },
      ],
    });
    expect(
      JSON.stringify(
        await subgraph.sql('SELECT * FROM employer_contact_person WHERE employer_id = $1', [id]),
      ),
    ).not.toContain('Ida');
    const stale = await subgraph.call(officer, addWorkplace, {
      input: { employerId: id, version, name: 'X-lagret', municipalityCode: '0181' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'version',
    });
    const leader = await subgraph.call(
      { ...callers.processLeader(), officeId: 'af-sodertalje' },
      addWorkplace,
      {
        input: { employerId: id, version: version + 2, name: 'Y-lagret', municipalityCode: '0181' },
      },
    );
    expect(leader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await subgraph.call(callers.employerContact(), addWorkplace, {
      input: { employerId: id, version: version + 2, name: 'Z-lagret', municipalityCode: '0181' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('resolves 100 entity references with one SQL statement, a foreign one as null', async () => {
    const ids = await Promise.all(
      Array.from({ length: 5 }, async () => (await registerEmployer(subgraph, officer)).id),
    );
    const representations = [...ids, ...Array.from({ length: 95 }, () => randomUUID())].map(
      (id) => ({ __typename: 'Employer', id }),
    );
    const dataSource = subgraph.app.get(DataSource);
    const query = jest.spyOn(dataSource, 'query');
    const response = await subgraph.call<{ _entities: ({ id: string } | null)[] }>(
      officer,
      references,
      { r: representations },
    );
    const employerQueries = query.mock.calls.filter(([sql]) => /FROM employer e/.test(String(sql)));
    query.mockRestore();
    expect(employerQueries).toHaveLength(1);
    expect(response.data?._entities.filter(Boolean).map((e) => e!.id)).toEqual(ids);
    const foreign = await subgraph.call<{ _entities: unknown[] }>(otherOffice, references, {
      r: representations.slice(0, 1),
    });
    expect(foreign.data?._entities).toEqual([null]);
  });

  it('refuses 1 000 generated bad registrations as client errors, writing nothing', async () => {
    const traces = async () =>
      Number(
        (
          await subgraph.sql<{ n: string }>(
            'SELECT (SELECT count(*) FROM employer) + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n',
          )
        )[0]!.n,
      );
    await assertEveryBadInputRefused({
      send: (input) => subgraph.call(officer, registerEmployerMutation, { input }),
      inputs: oneFieldBroken(anEmployer({ officeIds: ['af-sodertalje'] }), {
        organisationNumber: hostileString(),
        name: hostileString().filter(
          (value) =>
            !/\p{L}/u.test(value) ||
            /\p{C}/u.test(value.normalize('NFC').trim()) ||
            value.trim().length > 200,
        ),
        sniCode: hostileString().filter((value) => !/^\d{5}$/.test(value)),
        sizeBand: hostileString(),
        officeIds: hostileString().map((office) => [office]),
      }).map(({ input }) => input),
      traces,
    });
  });

  it('refuses 1 000 generated bad workplaces and contact persons each, writing nothing', async () => {
    const { id, version } = await registerEmployer(subgraph, officer);
    const traces = async () =>
      Number(
        (
          await subgraph.sql<{ n: string }>(
            `SELECT (SELECT count(*) FROM employer_workplace) + (SELECT count(*) FROM employer_contact_person)
                  + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
          )
        )[0]!.n,
      );
    const badText = hostileString().filter(
      (value) =>
        !/\p{L}/u.test(value) ||
        /\p{C}/u.test(value.normalize('NFC').trim()) ||
        value.trim().length > 100,
    );
    await assertEveryBadInputRefused({
      send: (input) => subgraph.call(officer, addWorkplace, { input }),
      inputs: oneFieldBroken(
        { employerId: id, version, name: 'Lagret', municipalityCode: '0181' },
        {
          employerId: hostileString(),
          version: fc.integer().filter((other) => other !== version),
          name: badText,
          municipalityCode: hostileString().filter((value) => !/^\d{4}$/.test(value)),
        },
      ).map(({ input }) => input),
      traces,
    });
    await assertEveryBadInputRefused({
      send: (input) => subgraph.call(officer, addContact, { input }),
      inputs: oneFieldBroken(
        {
          employerId: id,
          version,
          name: 'Ida Ek',
          role: 'HR-chef',
          phone: '08-123 456 78',
          email: 'ida@example.se',
        },
        {
          employerId: hostileString(),
          name: hostileString().filter(
            (value) => !/^\p{L}[\p{L}\p{M} '\u2019.-]{0,99}$/u.test(value.normalize('NFC').trim()),
          ),
          role: badText,
          phone: hostileString().filter(
            (value) => !/^\+?\d{7,15}$/.test(value.replace(/[\s()-]/g, '')),
          ),
          email: hostileString().filter((value) => !/@.+\./.test(value)),
        },
      ).map(({ input }) => input),
      traces,
    });
  });
});
