import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { KafkaProbe } from '@jobbnatet/testing';
import {
  activateAgreementMutation,
  anAgreement,
  caseWorker,
  createAgreementMutation,
  endAgreementMutation,
  must,
  officer,
  startJobTracks,
  traces,
} from './support/job-tracks';

const byId = 'query One($id: ID!) { collaborationAgreement(id: $id) { id status } }';
const list = '{ collaborationAgreements(first: 200) { id } }';

describe('collaboration agreements on real PostgreSQL and Kafka', () => {
  let subgraph: Subgraph;
  let probe: KafkaProbe;

  const draft = async (overrides = {}) =>
    must<{ id: string; status: string; version: number }>(
      subgraph,
      officer,
      createAgreementMutation,
      {
        input: anAgreement(overrides),
      },
    );

  beforeAll(async () => {
    subgraph = await startJobTracks();
    probe = await KafkaProbe.start([topics.jobTracks]);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('drafts, activates and ends an agreement, publishing each step with ids, codes and dates only', async () => {
    const input = anAgreement();
    const created = await must<Record<string, unknown>>(
      subgraph,
      caseWorker,
      createAgreementMutation,
      {
        input,
      },
    );
    expect(created).toMatchObject({ ...input, status: 'DRAFT', version: 1 });
    const id = created.id as string;
    expect(await must(subgraph, officer, activateAgreementMutation, { agreementId: id })).toEqual({
      id,
      status: 'ACTIVE',
      version: 2,
    });
    expect(await must(subgraph, caseWorker, endAgreementMutation, { agreementId: id })).toEqual({
      id,
      status: 'ENDED',
      version: 3,
    });
    const messages = await probe.waitForAll((m) => m.key === id, 3, 10_000);
    const types = messages.map((m) => {
      const parsed = parseEvent(m.value!);
      return parsed.ok ? parsed.envelope.type : 'unparsable';
    });
    const texts = messages.map((m) => m.value!.toString());
    expect(types).toEqual(['agreement.created', 'agreement.activated', 'agreement.ended']);
    for (const text of texts) {
      expect(text).not.toContain('Styrgrupp');
      expect(text).not.toContain(input.contacts[0]!.userId);
    }
  });

  it('refuses an illegal transition and writes nothing', async () => {
    const { id } = await draft();
    await must(subgraph, officer, endAgreementMutation, { agreementId: id });
    const before = await traces(subgraph);
    for (const mutation of [activateAgreementMutation, endAgreementMutation]) {
      const result = await subgraph.call(officer, mutation, { agreementId: id });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'AGREEMENT.TRANSITION_NOT_ALLOWED',
      });
    }
    expect(await traces(subgraph)).toBe(before);
  });

  it('refuses to activate an agreement whose last day has passed', async () => {
    const { id } = await draft({ validFrom: '2020-01-01', validTo: '2021-12-31' });
    const result = await subgraph.call(officer, activateAgreementMutation, { agreementId: id });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      reason: 'AGREEMENT.TRANSITION_NOT_ALLOWED',
    });
  });

  it('needs a contact of each party', async () => {
    const only = anAgreement().contacts.filter((c) => c.organisation === 'AF');
    const result = await subgraph.call(officer, createAgreementMutation, {
      input: anAgreement({ contacts: [...only, { ...only[0]!, userId: randomUUID() }] }),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contacts',
    });
  });

  it.each([
    ['an officer of another office', callers.officer('af-solna')],
    ['a case worker of another municipality', callers.caseWorker('0180')],
    ['a process leader', { ...callers.processLeader(), officeId: 'af-sodertalje' }],
    ['an employer contact', callers.employerContact()],
    ['an analyst', callers.analyst()],
  ])('refuses a draft by %s and writes nothing', async (_who, caller) => {
    const before = await traces(subgraph);
    const result = await subgraph.call(caller, createAgreementMutation, { input: anAgreement() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await traces(subgraph)).toBe(before);
  });

  describe('scope', () => {
    it.each([
      ['an officer of its office', callers.officer('af-sodertalje')],
      ['a case worker of its municipality', callers.caseWorker('0181')],
      ['a process leader of its office', { ...callers.processLeader(), officeId: 'af-sodertalje' }],
      ['an admin', callers.admin()],
    ])('shows it to %s', async (_who, caller) => {
      const { id } = await draft();
      expect(await subgraph.call(caller, byId, { id })).toEqual({
        status: 200,
        data: { collaborationAgreement: { id, status: 'DRAFT' } },
      });
      const listed = await subgraph.call<{ collaborationAgreements: { id: string }[] }>(
        caller,
        list,
      );
      expect(listed.data!.collaborationAgreements.map((a) => a.id)).toContain(id);
    });

    it.each([
      ['an officer of another office', callers.officer('af-solna')],
      ['a case worker of another municipality', callers.caseWorker('0180')],
      ['an employer contact', callers.employerContact()],
      ['an analyst', callers.analyst()],
    ])('hides it from %s on every path, like a missing id', async (_who, caller) => {
      const { id } = await draft();
      const real = await subgraph.call(caller, byId, { id });
      expect(real).toEqual({ status: 200, data: { collaborationAgreement: null } });
      expect(await subgraph.call(caller, byId, { id: randomUUID() })).toEqual(real);
      const listed = await subgraph.call<{ collaborationAgreements: { id: string }[] }>(
        caller,
        list,
      );
      expect(listed.data!.collaborationAgreements.map((a) => a.id)).not.toContain(id);
      const entities = await subgraph.call(
        caller,
        'query E($r: [_Any!]!) { _entities(representations: $r) { ... on CollaborationAgreement { id } } }',
        { r: [{ __typename: 'CollaborationAgreement', id }] },
      );
      expect(entities).toEqual({ status: 200, data: { _entities: [null] } });
      const activate = await subgraph.call(caller, activateAgreementMutation, { agreementId: id });
      const missing = await subgraph.call(caller, activateAgreementMutation, {
        agreementId: randomUUID(),
      });
      expect(activate.errors?.[0]?.extensions).toMatchObject({ reason: 'AGREEMENT.NOT_FOUND' });
      expect(missing.errors?.[0]?.extensions).toEqual(activate.errors?.[0]?.extensions);
    });
  });
});
