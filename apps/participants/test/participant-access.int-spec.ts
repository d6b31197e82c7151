import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { CallerIdentity } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant } from '@jobbnatet/testing';
import {
  register,
  registerMutation,
  startParticipants,
  uniqueName,
  type RegisteredParticipant,
} from './support/participants';

const byId = 'query One($id: ID!) { participant(id: $id) { id identityNumber } }';
const list = '{ participants(first: 100) { totalCount edges { node { id } } } }';
const entity =
  'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { id } } }';

/** Every access rule with its refusal beside it, through the API as each role calls it. */
describe('who may register and see which participants', () => {
  let participants: Subgraph;
  // One participant at Södertälje's office living in Södertälje, one at Solna's living in Solna.
  let sodertalje: RegisteredParticipant;
  let solna: RegisteredParticipant;

  const seen = async (caller: CallerIdentity, id: string) =>
    (
      await participants.call<{
        participant: { id: string; identityNumber: string | null } | null;
      }>(caller, byId, { id })
    ).data!.participant;
  const listed = async (caller: CallerIdentity) =>
    (
      await participants.call<{ participants: { edges: { node: { id: string } }[] } }>(caller, list)
    ).data!.participants.edges.map((edge) => edge.node.id);
  const referenced = async (caller: CallerIdentity, id: string) =>
    (
      await participants.call<{ _entities: unknown[] }>(caller, entity, {
        r: [{ __typename: 'Participant', id }],
      })
    ).data!._entities[0];

  /** Attempts a registration and reports its refusal code and reason, plus whether a row appeared. */
  async function attempt(
    caller: CallerIdentity,
    input = aParticipant().named(uniqueName()).build(),
  ) {
    const response = await participants.call(caller, registerMutation, { input });
    const rows = await participants.sql('SELECT id FROM participant WHERE given_name = $1', [
      input.givenName,
    ]);
    return {
      code: response.errors?.[0]?.extensions?.code,
      reason: response.errors?.[0]?.extensions?.reason,
      field: response.errors?.[0]?.extensions?.field,
      message: response.errors?.[0]?.message,
      written: rows.length,
    };
  }

  beforeAll(async () => {
    participants = await startParticipants();
    sodertalje = await register(participants, callers.officer('af-sodertalje'));
    solna = await register(
      participants,
      callers.officer('af-solna'),
      aParticipant().atOffice('af-solna').livingIn('0184').build(),
    );
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  describe('an officer', () => {
    it('sees their office’s participants with identity numbers', async () => {
      const officer = callers.officer('af-sodertalje');
      expect((await seen(officer, sodertalje.id))?.identityNumber).toMatch(/^\d{8}-\d{4}$/);
      expect(await listed(officer)).toContain(sodertalje.id);
      expect(await referenced(officer, sodertalje.id)).toEqual({ id: sodertalje.id });
    });

    it('does not see another office’s participants, by id, in lists or by reference', async () => {
      const officer = callers.officer('af-sodertalje');
      expect(await seen(officer, solna.id)).toBeNull();
      expect(await listed(officer)).not.toContain(solna.id);
      expect(await referenced(officer, solna.id)).toBeNull();
    });

    it('registers at their own office', async () => {
      expect(await attempt(callers.officer('af-sodertalje'))).toMatchObject({ written: 1 });
    });

    it('may not register at another office, and nothing is written', async () => {
      expect(await attempt(callers.officer('af-solna'))).toEqual({
        code: 'FORBIDDEN',
        reason: 'PARTICIPANT.REGISTRATION_NOT_ALLOWED',
        field: undefined,
        message:
          'only an officer registers participants, at their own office; a municipality refers a person instead',
        written: 0,
      });
    });
  });

  describe('a municipal case worker', () => {
    it('reaches their municipality’s residents, without consent only by id and pseudonym', async () => {
      const worker = callers.caseWorker('0181');
      expect(await seen(worker, sodertalje.id)).toEqual({
        id: sodertalje.id,
        identityNumber: null,
      });
      expect(await listed(worker)).toContain(sodertalje.id);
      expect(await referenced(worker, sodertalje.id)).toEqual({ id: sodertalje.id });
    });

    it('does not see residents of another municipality', async () => {
      const worker = callers.caseWorker('0181');
      expect(await seen(worker, solna.id)).toBeNull();
      expect(await listed(worker)).not.toContain(solna.id);
      expect(await referenced(worker, solna.id)).toBeNull();
    });

    it('may not register anyone, resident or not: a municipality refers a person instead', async () => {
      for (const home of ['0181', '0184']) {
        const input = aParticipant()
          .named(uniqueName())
          .atOffice('af-solna')
          .livingIn(home)
          .build();
        expect(await attempt(callers.caseWorker('0181'), input)).toEqual({
          code: 'FORBIDDEN',
          reason: 'PARTICIPANT.REGISTRATION_NOT_ALLOWED',
          field: undefined,
          message: expect.any(String),
          written: 0,
        });
      }
    });
  });

  describe('an admin', () => {
    it('reaches every participant, but sees an identity number only with a stated reason', async () => {
      const admin = callers.admin();
      expect(await seen(admin, solna.id)).toEqual({ id: solna.id, identityNumber: null });
      const withReason = await participants.call<{ participant: { identityNumber: string } }>(
        admin,
        'query R($id: ID!) { participant(id: $id, reason: "registerutdrag enligt GDPR art. 15") { identityNumber } }',
        { id: solna.id },
      );
      expect(withReason.data?.participant.identityNumber).toMatch(/^\d{8}-\d{4}$/);
      expect(await listed(admin)).toEqual(expect.arrayContaining([sodertalje.id, solna.id]));
    });
  });

  describe.each([
    ['an employer contact', callers.employerContact()],
    ['an analyst', callers.analyst()],
    ['a process leader', callers.processLeader()],
    ['an officer without an office', { ...callers.officer(), officeId: undefined }],
  ])('%s', (_who, caller) => {
    it('sees no participant, by id, in lists or by reference', async () => {
      expect(await seen(caller, sodertalje.id)).toBeNull();
      expect(await listed(caller)).toEqual([]);
      expect(await referenced(caller, sodertalje.id)).toBeNull();
    });

    it('may not register anyone', async () => {
      expect(await attempt(caller)).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PARTICIPANT.REGISTRATION_NOT_ALLOWED',
        written: 0,
      });
    });
  });

  it('answers an unknown id as it answers a foreign one', async () => {
    expect(await seen(callers.officer('af-sodertalje'), randomUUID())).toBeNull();
  });
});
