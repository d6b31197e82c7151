import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  expectEventually,
  hostileDate,
  hostileNumber,
  hostileString,
  KafkaProbe,
  oneFieldBroken,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  anOffering,
  changeStatusMutation,
  createOffering,
  createOfferingMutation,
  registerProvider,
  registerProviderMutation,
  startActivities,
} from './support/activities';

const addType = `mutation T($input: AddInterventionTypeInput!) {
  addInterventionType(input: $input) { code name category defaultDurationDays }
}`;
const types = '{ interventionTypes { code category defaultDurationDays } }';
const byId = 'query One($id: ID!) { offering(id: $id) { id status } }';
const search = `query A($filter: AvailabilityFilter!, $first: Int) {
  availableOfferings(filter: $filter, first: $first) { id seatsLeft }
}`;

const isBadDate = (value: string) =>
  !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
  Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value ||
  value < '2000-01-01' ||
  value > '2099-12-31';

describe('the intervention catalogue on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
  const otherOffice = callers.officer('af-solna');
  const admin = callers.admin();
  const caseWorker = callers.caseWorker('0181');
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let providerId: string;

  const traces = async () =>
    Number(
      (
        await subgraph.sql<{ n: string }>(
          `SELECT (SELECT count(*) FROM offering) + (SELECT count(*) FROM provider)
             + (SELECT count(*) FROM intervention_type) + (SELECT coalesce(sum(version), 0) FROM offering)
             + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    subgraph = await startActivities();
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    probe = await KafkaProbe.start([topics.activities]);
    providerId = await registerProvider(subgraph, officer);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('refuses every operation of its schema without the gateway’s signature', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    expect(walk.map((probed) => probed.operation)).toEqual(
      expect.arrayContaining(['query { availableOfferings }', 'mutation { changeOfferingStatus }']),
    );
    expect(walk.filter((probed) => probed.status !== 401)).toEqual([]);
  });

  it('reads the caller’s scope in every root field and entity resolver', () => {
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  describe('intervention types', () => {
    it('are seeded: the thirteen of the issue, each with a category and a duration', async () => {
      const result = await subgraph.call<{ interventionTypes: { code: string }[] }>(officer, types);
      const codes = result.data!.interventionTypes.map((type) => type.code);
      expect(codes).toEqual(
        expect.arrayContaining([
          'JOBBFORUM',
          'INTRODUKTIONSPRAKTIK',
          'KOMPETENSANALYS',
          'SKRADDARSYDD_UTBILDNING',
          'APL',
          'ARBETSMARKNADSUTBILDNING',
          'YRKESVUX',
          'SFI',
          'PRAKTIK',
          'STUDIEMOTIVERANDE_KURS',
          'GRUPPTRAFF',
          'FORELASNING',
          'COACHING',
        ]),
      );
    });

    it('are extended by an admin, once per code, and by no one else; each addition is published', async () => {
      const input = {
        code: 'MENTORSKAP',
        name: 'Mentorskap',
        category: 'FOLLOW_UP',
        defaultDurationDays: 60,
      };
      expect(await subgraph.call(admin, addType, { input })).toEqual({
        status: 200,
        data: { addInterventionType: input },
      });
      const again = await subgraph.call(admin, addType, { input });
      expect(again.errors?.[0]?.extensions).toMatchObject({
        reason: 'INTERVENTION_TYPE.ALREADY_EXISTS',
      });
      const byOfficer = await subgraph.call(officer, addType, {
        input: { ...input, code: 'ANNAT' },
      });
      expect(byOfficer.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'INTERVENTION_TYPE.NOT_ALLOWED',
      });
      expect(await subgraph.sql(`SELECT code FROM intervention_type WHERE code = 'ANNAT'`)).toEqual(
        [],
      );
      const event = parseEvent((await probe.waitFor((m) => m.key === 'MENTORSKAP')).value!);
      expect(event).toMatchObject({
        ok: true,
        envelope: {
          type: 'intervention-type.added',
          data: { typeCode: 'MENTORSKAP', category: 'FOLLOW_UP', defaultDurationDays: 60 },
        },
      });
      expect(JSON.stringify(event)).not.toContain('Mentorskap');
    });
  });

  it('registers the dev provider in development with its event, once however often it starts', async () => {
    const devProviderEvents = async () =>
      Number(
        (
          await subgraph.sql<{ last_sequence: string }>(
            'SELECT last_sequence FROM outbox_subject_sequence WHERE subject = $1',
            ['b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2'],
          )
        )[0]?.last_sequence ?? 0,
      );
    expect(await devProviderEvents()).toBe(1);
    const second = await startActivities({ databaseName: subgraph.databaseName });
    await second.stop();
    expect(await devProviderEvents()).toBe(1);
  });

  describe('providers', () => {
    it('registers a supplier with a valid organisation number and a municipality with its code, and publishes each', async () => {
      const supplier = await subgraph.call(officer, registerProviderMutation, {
        input: { kind: 'SUPPLIER', name: 'Lernia AB', organisationNumber: '5560109521' },
      });
      expect(supplier.data).toMatchObject({
        registerProvider: {
          kind: 'SUPPLIER',
          organisationNumber: expect.stringMatching(/^\d{6}-\d{4}$/),
        },
      });
      const komvux = await subgraph.call(admin, registerProviderMutation, {
        input: { kind: 'MUNICIPALITY', name: 'Komvux Södertälje', municipalityCode: '0181' },
      });
      expect(komvux.data).toMatchObject({ registerProvider: { municipalityCode: '0181' } });

      // The events say which kind registered where; never a name or an organisation number.
      const supplierId = (supplier.data as { registerProvider: { id: string } }).registerProvider
        .id;
      const komvuxId = (komvux.data as { registerProvider: { id: string } }).registerProvider.id;
      const supplierEvent = parseEvent((await probe.waitFor((m) => m.key === supplierId)).value!);
      expect(supplierEvent).toMatchObject({
        ok: true,
        envelope: {
          type: 'provider.registered',
          data: { providerId: supplierId, kind: 'SUPPLIER', municipalityCode: null },
        },
      });
      expect(JSON.stringify(supplierEvent)).not.toMatch(/Lernia|556010/);
      expect(parseEvent((await probe.waitFor((m) => m.key === komvuxId)).value!)).toMatchObject({
        ok: true,
        envelope: { data: { kind: 'MUNICIPALITY', municipalityCode: '0181' } },
      });
    });

    it('refuses a supplier without organisation number, and a case worker registering', async () => {
      const name = `Leverantör ${randomUUID()}`;
      const missing = await subgraph.call(officer, registerProviderMutation, {
        input: { kind: 'SUPPLIER', name },
      });
      expect(missing.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'organisationNumber',
      });
      const byCaseWorker = await subgraph.call(caseWorker, registerProviderMutation, {
        input: { kind: 'ARBETSFORMEDLINGEN', name },
      });
      expect(byCaseWorker.errors?.[0]?.extensions).toMatchObject({
        reason: 'PROVIDER.NOT_ALLOWED',
      });
      expect(await subgraph.sql('SELECT id FROM provider WHERE name = $1', [name])).toEqual([]);
    });
  });

  describe('offerings', () => {
    it('creates a PLANNED offering and publishes offering.created with ids, codes, dates and amounts only', async () => {
      const offering = await createOffering(
        subgraph,
        officer,
        anOffering(providerId, { placeName: 'Hemligt Rum' }),
      );
      expect(offering).toMatchObject({ status: 'PLANNED', version: 1 });
      const message = await probe.waitFor((m) => m.key === offering.id, 10_000);
      expect(parseEvent(message.value!)).toMatchObject({
        ok: true,
        envelope: {
          type: 'offering.created',
          subject: offering.id,
          data: {
            typeCode: 'JOBBFORUM',
            providerId,
            capacity: 20,
            costPerParticipant: '12500.50',
            fromDate: '2027-01-11',
            status: 'PLANNED',
          },
        },
      });
      const text = message.value!.toString();
      expect(text).not.toContain('Hemligt');
      expect(text).not.toContain('Livsmedelshygien');
    });

    it('lets a municipal case worker create for their municipality only', async () => {
      const own = await subgraph.call(caseWorker, createOfferingMutation, {
        input: anOffering(providerId, { officeIds: [] }),
      });
      expect(own.errors).toBeUndefined();
      const before = await traces();
      const foreign = await subgraph.call(caseWorker, createOfferingMutation, {
        input: anOffering(providerId, { municipalityCode: '0180' }),
      });
      expect(foreign.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'OFFERING.CREATION_NOT_ALLOWED',
      });
      expect(await traces()).toBe(before);
    });

    it.each([
      ['another office’s officer', callers.officer('af-solna')],
      ['an analyst', callers.analyst()],
      ['a process leader', { ...callers.processLeader(), officeId: 'af-sodertalje' }],
      ['an employer contact', callers.employerContact()],
    ])('refuses creation by %s, and writes nothing', async (_who, caller) => {
      const before = await traces();
      const result = await subgraph.call(caller, createOfferingMutation, {
        input: anOffering(providerId),
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(await traces()).toBe(before);
    });

    it('refuses an unknown type or provider naming the field', async () => {
      for (const [field, input] of [
        ['typeCode', anOffering(providerId, { typeCode: 'FINNS_INTE' })],
        ['providerId', anOffering(randomUUID())],
      ] as const) {
        const result = await subgraph.call(officer, createOfferingMutation, { input });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('shows another office’s offering to an officer (region-wide catalogue) but lets them not change it', async () => {
      const offering = await createOffering(subgraph, officer, anOffering(providerId));
      expect(await subgraph.call(otherOffice, byId, { id: offering.id })).toEqual({
        status: 200,
        data: { offering: { id: offering.id, status: 'PLANNED' } },
      });
      const before = await traces();
      const change = await subgraph.call(otherOffice, changeStatusMutation, {
        input: { offeringId: offering.id, status: 'OPEN' },
      });
      expect(change.errors?.[0]?.extensions).toMatchObject({
        reason: 'OFFERING.CHANGE_NOT_ALLOWED',
      });
      expect(await traces()).toBe(before);
    });

    it('shows an employer contact and an analyst nothing: a real id and a missing id alike', async () => {
      const offering = await createOffering(subgraph, officer, anOffering(providerId));
      for (const outsider of [callers.employerContact(), callers.analyst()]) {
        const real = await subgraph.call(outsider, byId, { id: offering.id });
        expect(real).toEqual({ status: 200, data: { offering: null } });
        expect(await subgraph.call(outsider, byId, { id: randomUUID() })).toEqual(real);
        const references = await subgraph.call(
          outsider,
          'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Offering { id } } }',
          { r: [{ __typename: 'Offering', id: offering.id }] },
        );
        expect(references).toEqual({ status: 200, data: { _entities: [null] } });
      }
    });

    it('changes status along the rule, publishing offering.status-changed, and refuses a jump', async () => {
      const offering = await createOffering(subgraph, officer, anOffering(providerId));
      const open = await subgraph.call(officer, changeStatusMutation, {
        input: { offeringId: offering.id, status: 'OPEN' },
      });
      expect(open.data).toEqual({
        changeOfferingStatus: { id: offering.id, status: 'OPEN', version: 2 },
      });
      const message = await probe.waitFor(
        (m) => m.key === offering.id && m.value!.toString().includes('offering.status-changed'),
        10_000,
      );
      expect(parseEvent(message.value!)).toMatchObject({
        ok: true,
        envelope: { data: { offeringId: offering.id, from: 'PLANNED', to: 'OPEN', version: 2 } },
      });
      const before = await traces();
      const jump = await subgraph.call(officer, changeStatusMutation, {
        input: { offeringId: offering.id, status: 'FINISHED' },
      });
      expect(jump.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'OFFERING.TRANSITION_NOT_ALLOWED',
      });
      expect(await traces()).toBe(before);
    });

    it('answers a change of a missing offering and of an unreadable one the same', async () => {
      const offering = await createOffering(subgraph, officer, anOffering(providerId));
      const contact = callers.employerContact();
      const real = await subgraph.call(contact, changeStatusMutation, {
        input: { offeringId: offering.id, status: 'OPEN' },
      });
      const missing = await subgraph.call(contact, changeStatusMutation, {
        input: { offeringId: randomUUID(), status: 'OPEN' },
      });
      expect(real.errors?.[0]?.extensions).toMatchObject({ reason: 'OFFERING.NOT_FOUND' });
      expect(missing.errors?.[0]?.extensions).toEqual(real.errors?.[0]?.extensions);
    });
  });

  describe('availability search', () => {
    it('finds bookable offerings in the window and municipality, best fit first', async () => {
      const window = { from: '2031-03-01', to: '2031-03-31', municipalityCode: '0184' };
      const make = (overrides: Parameters<typeof anOffering>[1]) =>
        createOffering(
          subgraph,
          admin,
          anOffering(providerId, { municipalityCode: '0184', ...overrides }),
        );
      const late = await make({
        fromDate: '2031-03-20',
        toDate: '2031-05-01',
        occupationCodes: ['9999'],
        competences: [],
      });
      const early = await make({
        fromDate: '2031-02-01',
        toDate: '2031-03-05',
        occupationCodes: ['9999'],
        competences: [],
      });
      const twoCompetences = await make({
        fromDate: '2031-03-25',
        toDate: '2031-04-25',
        occupationCodes: ['9999'],
        competences: ['Truckkort', 'Livsmedelshygien'],
      });
      const occupation = await make({
        fromDate: '2031-03-30',
        toDate: '2031-06-01',
        occupationCodes: ['5120'],
        competences: [],
      });
      const oneCompetence = await make({
        fromDate: '2031-03-28',
        toDate: '2031-04-28',
        occupationCodes: ['9999'],
        competences: ['truckkort'],
      });
      // Outside: before the window, another municipality, cancelled.
      await make({ fromDate: '2031-01-01', toDate: '2031-02-28', occupationCodes: ['5120'] });
      await make({
        municipalityCode: '0181',
        fromDate: '2031-03-01',
        toDate: '2031-03-31',
        occupationCodes: ['5120'],
      });
      const cancelled = await make({
        fromDate: '2031-03-01',
        toDate: '2031-03-31',
        occupationCodes: ['5120'],
      });
      await subgraph.call(admin, changeStatusMutation, {
        input: { offeringId: cancelled.id, status: 'CANCELLED' },
      });

      const result = await subgraph.call<{
        availableOfferings: { id: string; seatsLeft: number }[];
      }>(caseWorker, search, {
        filter: {
          ...window,
          occupationCode: '5120',
          competences: ['TRUCKKORT', 'livsmedelshygien'],
        },
        first: 50,
      });
      expect(result.data!.availableOfferings.map((o) => o.id)).toEqual([
        occupation.id,
        twoCompetences.id,
        oneCompetence.id,
        early.id,
        late.id,
      ]);
      expect(result.data!.availableOfferings.every((o) => o.seatsLeft === 20)).toBe(true);
    });

    it('shows an employer contact no offerings', async () => {
      const result = await subgraph.call(callers.employerContact(), search, {
        filter: { from: '2000-01-01', to: '2099-12-31' },
      });
      expect(result).toEqual({ status: 200, data: { availableOfferings: [] } });
    });
  });

  describe('every mutation under >= 1000 generated bad inputs: 0 server errors, nothing written', () => {
    const badText = (max: number) =>
      fc.oneof(hostileString(), fc.constant('x'.repeat(max + 1))).filter((value) => {
        const trimmed = value.normalize('NFC').trim();
        return (
          trimmed.length === 0 ||
          trimmed.length > max ||
          /\p{C}/u.test(trimmed) ||
          !/\p{L}/u.test(trimmed)
        );
      });

    it('addInterventionType', async () => {
      const valid = {
        code: 'GILTIG_KOD',
        name: 'Giltig',
        category: 'TRAINING',
        defaultDurationDays: 10,
      };
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(admin, addType, { input }),
        inputs: oneFieldBroken(valid, {
          code: hostileString().filter((value) => !/^[A-Z][A-Z0-9_]{1,39}$/.test(value)),
          name: badText(100),
          category: hostileString(),
          defaultDurationDays: hostileNumber().filter(
            (n) => !(Number.isInteger(n) && n >= 1 && n <= 730),
          ),
        }),
        traces,
      });
    });

    it('registerProvider', async () => {
      const valid = { kind: 'SUPPLIER', name: 'Leverantören AB', organisationNumber: '5560109521' };
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(officer, registerProviderMutation, { input }),
        inputs: oneFieldBroken(valid, {
          kind: hostileString(),
          name: badText(200),
          organisationNumber: hostileString().filter(
            (value) => !/^\s*\d{6}-?\d{4}\s*$/.test(value) && !/^\s*\d{8}-?\d{4}\s*$/.test(value),
          ),
        }),
        traces,
      });
    });

    it('createOffering', async () => {
      const valid = anOffering(providerId);
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(officer, createOfferingMutation, { input }),
        inputs: oneFieldBroken(valid, {
          typeCode: hostileString(),
          providerId: hostileString(),
          placeName: badText(200),
          municipalityCode: hostileString().filter((value) => !/^\d{4}$/.test(value)),
          officeIds: hostileString().map((office) => [office]),
          fromDate: fc.oneof(hostileDate(), hostileString()).filter(isBadDate),
          toDate: fc
            .oneof(hostileDate(), hostileString(), fc.constant('2027-01-10'))
            .filter((value) => isBadDate(value) || value < valid.fromDate),
          capacity: hostileNumber().filter((n) => !(Number.isInteger(n) && n >= 1 && n <= 500)),
          costPerParticipant: hostileNumber().filter(
            (n) => !(n >= 0 && n <= 10_000_000 && Math.abs(Math.round(n * 100) - n * 100) < 1e-6),
          ),
          occupationCodes: hostileString()
            .filter((value) => !/^\d{4}$/.test(value))
            .map((code) => [code]),
          competences: badText(100).map((competence) => [competence]),
          languageCode: hostileString().filter((value) => !/^[a-z]{2}$/.test(value)),
        }),
        traces,
      });
    });

    it('changeOfferingStatus', async () => {
      const offering = await createOffering(subgraph, officer, anOffering(providerId));
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(officer, changeStatusMutation, { input }),
        inputs: oneFieldBroken(
          { offeringId: offering.id, status: 'OPEN' },
          {
            offeringId: hostileString(),
            status: fc.oneof(hostileString(), fc.constantFrom('FINISHED', 'RUNNING', 'FULL')),
          },
        ),
        traces,
      });
    });
  });
});
