import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { topics, type CallerIdentity } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aFreshIdentityNumber, aParticipant, KafkaProbe } from '@jobbnatet/testing';
import { DataSource } from 'typeorm';
import { referralsOfParticipantErased } from '../src/referrals/referral-erasure';
import { register, startParticipants } from './support/participants';
import {
  acceptMutation,
  aReferral,
  declineMutation,
  refer,
  type Referral,
  referralQuery,
  referralsQuery,
  referMutation,
  writes,
} from './support/referrals';

const caseWorker = callers.caseWorker('0181');
const colleague = callers.caseWorker('0181');
const otherMunicipality = callers.caseWorker('0184');
const officer = callers.officer('af-sodertalje');
const otherOffice = callers.officer('af-solna');
const admin = callers.admin();
const analyst = callers.analyst();
const employerContact = callers.employerContact();
const processLeader = callers.processLeader();

/** Roles that reach no referral at all. */
const outsiders: [string, CallerIdentity][] = [
  ['an admin', admin],
  ['an analyst', analyst],
  ['an employer contact', employerContact],
  ['a process leader', processLeader],
];

const personal = [
  'identityNumber',
  'givenName',
  'familyName',
  'homeMunicipalityCode',
  'phone',
  'email',
  'reason',
] as const;

describe('municipal referrals', () => {
  let participants: Subgraph;
  let probe: KafkaProbe;

  const one = async (caller: CallerIdentity, id: string) =>
    (await participants.call<{ referral: Referral | null }>(caller, referralQuery, { id })).data
      ?.referral ?? null;

  const listed = async (caller: CallerIdentity, variables: Record<string, unknown> = {}) => {
    const response = await participants.call<{
      referrals: {
        edges: { cursor: string; node: Referral }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    }>(caller, referralsQuery, { first: 100, ...variables });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.referrals;
  };

  const decide = async (
    caller: CallerIdentity,
    id: string,
    decision: 'accept' | { decline: string },
  ) => {
    const response = await participants.call<{
      acceptReferral?: Referral;
      declineReferral?: Referral;
    }>(
      caller,
      decision === 'accept' ? acceptMutation : declineMutation,
      decision === 'accept' ? { id } : { id, reason: decision.decline },
    );
    const error = response.errors?.[0];
    return {
      referral: response.data?.acceptReferral ?? response.data?.declineReferral ?? null,
      code: error?.extensions?.code as string | undefined,
      reason: error?.extensions?.reason as string | undefined,
      message: error?.message,
    };
  };

  beforeAll(async () => {
    participants = await startParticipants();
    probe = await KafkaProbe.start([topics.participants]);
  });

  afterAll(async () => {
    await probe?.stop();
    await participants?.stop({ dropDatabase: true });
  });

  describe('referring', () => {
    it('records a pending referral from the case worker’s municipality with the details entered', async () => {
      const number = aFreshIdentityNumber();
      const shown = `${number.slice(0, 8)}-${number.slice(8)}`;
      const input = aReferral({ identityNumber: shown });
      const referral = await refer(participants, caseWorker, input);
      expect(referral).toMatchObject({
        status: 'PENDING',
        fromMunicipalityCode: '0181',
        officeId: 'af-sodertalje',
        decidedAt: null,
        declineReason: null,
        participantId: null,
        participant: null,
        identityNumber: shown,
        givenName: 'Remissa',
        familyName: 'Kommunsson',
        homeMunicipalityCode: '0181',
        phone: '0701234567',
        email: 'remissa@example.se',
        reason: input.reason,
      });
    });

    it('stores identity, names, contact and reason only as row-bound ciphertext, with a blind index', async () => {
      const input = aReferral();
      const { id } = await refer(participants, caseWorker, input);
      const [row] = await participants.sql<Record<string, unknown>>(
        'SELECT * FROM referral WHERE id = $1',
        [id],
      );
      expect(row).toMatchObject({
        identity_number_encrypted: expect.stringMatching(/^v2\.it1\./),
        identity_number_index: expect.stringMatching(/^ix1\./),
        person_encrypted: expect.stringMatching(/^v2\.it1\./),
        reason_encrypted: expect.stringMatching(/^v2\.it1\./),
      });
      const stored = JSON.stringify(row);
      for (const plain of [
        input.identityNumber.slice(2, 8),
        'Remissa',
        'Kommunsson',
        '0701234567',
        'svenska',
      ]) {
        expect(stored).not.toContain(plain);
      }
    });

    it('does not decrypt a reason copied into another referral’s row', async () => {
      // A municipality and office of its own: the tampered row would fail other tests' lists.
      const stockholm = callers.caseWorker('0186');
      const to = { officeId: 'af-stockholm-city' };
      const source = await refer(
        participants,
        stockholm,
        aReferral({ ...to, reason: 'Källans text' }),
      );
      const target = await refer(participants, stockholm, aReferral(to));
      await participants.sql(
        'UPDATE referral SET reason_encrypted = (SELECT reason_encrypted FROM referral WHERE id = $1) WHERE id = $2',
        [source.id, target.id],
      );
      const response = await participants.call<{ referral: Referral | null }>(
        callers.officer('af-stockholm-city'),
        referralQuery,
        { id: target.id },
      );
      expect(response.data?.referral ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response)).not.toContain('Källans');
    });

    it('answers exactly the same whether the person is unregistered, registered at the office, or registered elsewhere', async () => {
      const here = aParticipant().build();
      const elsewhere = aParticipant().atOffice('af-solna').livingIn('0184').build();
      const answers: Record<string, Referral> = {};
      for (const [label, person] of [
        ['unregistered', here],
        ['elsewhere-unregistered', elsewhere],
      ] as const) {
        answers[label] = await refer(
          participants,
          caseWorker,
          aReferral({ identityNumber: person.identityNumber }),
        );
      }
      await register(participants, officer, here);
      await register(participants, otherOffice, elsewhere);
      answers.registered = await refer(
        participants,
        caseWorker,
        aReferral({ identityNumber: here.identityNumber }),
      );
      answers['elsewhere-registered'] = await refer(
        participants,
        caseWorker,
        aReferral({ identityNumber: elsewhere.identityNumber }),
      );
      const withoutIds = ({ id: _id, referredAt: _at, ...rest }: Referral) => rest;
      expect(withoutIds(answers.registered!)).toEqual(withoutIds(answers.unregistered!));
      expect(withoutIds(answers['elsewhere-registered']!)).toEqual(
        withoutIds(answers['elsewhere-unregistered']!),
      );
      // Referring looked nobody up.
      expect(
        await participants.sql('SELECT id FROM access_log WHERE user_id = $1', [caseWorker.userId]),
      ).toEqual([]);
    });

    it('takes a second referral of the same person', async () => {
      const input = aReferral();
      const first = await refer(participants, caseWorker, input);
      const second = await refer(participants, colleague, { ...input, reason: 'Ny bedömning.' });
      expect(second.id).not.toBe(first.id);
      expect(second.status).toBe('PENDING');
    });

    it.each([['an officer', officer], ...outsiders])(
      'refuses %s with a typed error and writes nothing',
      async (_label, caller) => {
        const before = await writes(participants);
        const response = await participants.call(caller, referMutation, { input: aReferral() });
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions).toEqual({
          code: 'FORBIDDEN',
          reason: 'PARTICIPANT.REFERRAL_NOT_ALLOWED',
        });
        expect(await writes(participants)).toEqual(before);
      },
    );

    it('refuses a referral to an office that does not serve the case worker’s municipality', async () => {
      const before = await writes(participants);
      const response = await participants.call(otherMunicipality, referMutation, {
        input: aReferral({ officeId: 'af-sodertalje' }),
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'PARTICIPANT.INVALID_INPUT',
        field: 'officeId',
      });
      expect(await writes(participants)).toEqual(before);
    });
  });

  describe('reading', () => {
    let pending: Referral;

    beforeAll(async () => {
      pending = await refer(participants, caseWorker);
    });

    it('shows a case worker of the municipality its referrals with the details entered', async () => {
      expect(await one(colleague, pending.id)).toEqual(pending);
      const page = await listed(colleague);
      expect(page.edges.map((edge) => edge.node.id)).toContain(pending.id);
      expect(page.edges.every((edge) => edge.node.fromMunicipalityCode === '0181')).toBe(true);
    });

    it('shows the officers of the target office the referral with its details', async () => {
      expect(await one(officer, pending.id)).toEqual(pending);
      const page = await listed(callers.officer('af-sodertalje'));
      expect(page.edges.map((edge) => edge.node.id)).toContain(pending.id);
      expect(page.edges.every((edge) => edge.node.officeId === 'af-sodertalje')).toBe(true);
    });

    it.each([
      ['a case worker of another municipality', otherMunicipality],
      ['an officer of another office', otherOffice],
      ...outsiders,
    ])('shows %s nothing: the same null as a missing id', async (_label, caller) => {
      expect(await one(caller, pending.id)).toBeNull();
      expect(await one(caller, randomUUID())).toBeNull();
      expect(await one(caller, 'not-an-id')).toBeNull();
      const page = await listed(caller);
      expect(page.edges.map((edge) => edge.node.id)).not.toContain(pending.id);
    });

    it('gives roles outside the referral nothing at all in a list', async () => {
      for (const [, caller] of outsiders) expect((await listed(caller)).edges).toEqual([]);
    });

    it('pages newest first and filters by status', async () => {
      const municipality = callers.caseWorker('0180');
      const sent = [];
      for (let i = 0; i < 3; i++) {
        sent.push(await refer(participants, municipality, aReferral({ officeId: 'af-kista' })));
      }
      const first = await listed(municipality, { first: 2 });
      expect(first.edges.map((edge) => edge.node.id)).toEqual([sent[2]!.id, sent[1]!.id]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await listed(municipality, { first: 2, after: first.pageInfo.endCursor });
      expect(second.edges.map((edge) => edge.node.id)).toEqual([sent[0]!.id]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      await decide(callers.officer('af-kista'), sent[1]!.id, { decline: 'OTHER' });
      const declined = await listed(municipality, { filter: { status: ['DECLINED'] } });
      expect(declined.edges.map((edge) => edge.node.id)).toEqual([sent[1]!.id]);
    });
  });

  describe('accepting', () => {
    it('registers the person at the office, once, with a participant.registered event, and links the referral', async () => {
      const input = aReferral({ homeMunicipalityCode: '0140' });
      const { id } = await refer(participants, caseWorker, input);
      const before = await writes(participants);
      const { referral } = await decide(officer, id, 'accept');
      expect(referral).toMatchObject({ status: 'ACCEPTED', decidedAt: expect.any(String) });
      const participantId = referral!.participantId!;
      expect((await writes(participants)).participants).toBe(before.participants + 1);
      const message = await probe.waitFor((m) => m.key === participantId, 15_000);
      expect(JSON.parse(message.value!.toString())).toMatchObject({
        type: 'participant.registered',
        subject: participantId,
        data: { officeId: 'af-sodertalje', homeMunicipalityCode: '0140' },
      });
      const [registered] = await participants.sql<Record<string, unknown>>(
        `SELECT office_id, home_municipality_code, given_name, family_name, registered_by
           FROM participant WHERE id = $1`,
        [participantId],
      );
      expect(registered).toEqual({
        office_id: 'af-sodertalje',
        home_municipality_code: '0140',
        given_name: 'Remissa',
        family_name: 'Kommunsson',
        registered_by: officer.userId,
      });
      expect(referral!.participant).toMatchObject({ id: participantId, givenName: 'Remissa' });
    });

    it('tells the referring case worker only the status, the decision date and a pseudonymous participant', async () => {
      const { id } = await refer(participants, caseWorker);
      const { referral: accepted } = await decide(officer, id, 'accept');
      const seen = await one(colleague, id);
      expect(seen).toEqual({
        id,
        status: 'ACCEPTED',
        fromMunicipalityCode: '0181',
        officeId: 'af-sodertalje',
        referredAt: expect.any(String),
        decidedAt: accepted!.decidedAt,
        declineReason: null,
        participantId: accepted!.participantId,
        ...Object.fromEntries(personal.map((field) => [field, null])),
        participant: {
          id: accepted!.participantId,
          pseudonym: expect.any(String),
          givenName: null,
        },
      });
    });

    it('links the participant already registered at the office without a second one, logging the look-up', async () => {
      const person = aParticipant().build();
      const existing = await register(participants, officer, person);
      const { id } = await refer(
        participants,
        caseWorker,
        aReferral({ identityNumber: person.identityNumber }),
      );
      const before = await writes(participants);
      const accepting = callers.officer('af-sodertalje');
      const { referral } = await decide(accepting, id, 'accept');
      expect(referral).toMatchObject({ status: 'ACCEPTED', participantId: existing.id });
      expect((await writes(participants)).participants).toBe(before.participants);
      expect(
        await participants.sql(
          'SELECT purpose FROM access_log WHERE participant_id = $1 AND user_id = $2',
          [existing.id, accepting.userId],
        ),
      ).toEqual(expect.arrayContaining([{ purpose: 'DUPLICATE_CHECK' }]));
    });

    it('refuses a person registered at another office naming it, logs the look-up, and leaves the referral to decline', async () => {
      const person = aParticipant().atOffice('af-solna').livingIn('0184').build();
      const there = await register(participants, otherOffice, person);
      const { id } = await refer(
        participants,
        caseWorker,
        aReferral({ identityNumber: person.identityNumber }),
      );
      const before = await writes(participants);
      const accepting = callers.officer('af-sodertalje');
      const refused = await decide(accepting, id, 'accept');
      expect(refused).toMatchObject({
        referral: null,
        code: 'CONFLICT',
        reason: 'PARTICIPANT.REGISTERED_AT_OTHER_OFFICE',
        message: expect.stringContaining('af-solna'),
      });
      expect(
        await participants.sql(
          'SELECT purpose, fields FROM access_log WHERE participant_id = $1 AND user_id = $2',
          [there.id, accepting.userId],
        ),
      ).toEqual([{ purpose: 'DUPLICATE_CHECK', fields: ['identityNumber', 'officeId'] }]);
      const after = await writes(participants);
      expect({ ...after, accessLog: before.accessLog }).toEqual(before);
      expect((await one(caseWorker, id))!.status).toBe('PENDING');

      const { referral } = await decide(accepting, id, { decline: 'OTHER' });
      expect(referral).toMatchObject({ status: 'DECLINED', declineReason: 'OTHER' });
      // The municipality learns that it was declined, not why.
      expect(await one(caseWorker, id)).toMatchObject({
        status: 'DECLINED',
        declineReason: null,
        participantId: null,
        participant: null,
        identityNumber: null,
      });
    });

    it.each([
      ['the referring case worker', caseWorker, 'FORBIDDEN', 'PARTICIPANT.REFERRAL_NOT_ALLOWED'],
      [
        'a case worker of another municipality',
        otherMunicipality,
        'FORBIDDEN',
        'PARTICIPANT.REFERRAL_NOT_ALLOWED',
      ],
      ['an officer of another office', otherOffice, 'NOT_FOUND', 'PARTICIPANT.REFERRAL_NOT_FOUND'],
      ...outsiders.map(
        ([label, caller]) =>
          [label, caller, 'FORBIDDEN', 'PARTICIPANT.REFERRAL_NOT_ALLOWED'] as const,
      ),
    ] as [string, CallerIdentity, string, string][])(
      'refuses %s a decision with a typed error and writes nothing',
      async (_label, caller, code, reason) => {
        const { id } = await refer(participants, caseWorker);
        const before = await writes(participants);
        expect(await decide(caller, id, 'accept')).toMatchObject({ referral: null, code, reason });
        expect(await decide(caller, id, { decline: 'OTHER' })).toMatchObject({
          referral: null,
          code,
          reason,
        });
        expect(await writes(participants)).toEqual(before);
        expect((await one(officer, id))!.status).toBe('PENDING');
      },
    );

    it('answers a foreign referral and a missing one alike', async () => {
      const { id } = await refer(participants, caseWorker);
      const foreign = await decide(otherOffice, id, 'accept');
      const missing = await decide(otherOffice, randomUUID(), 'accept');
      const malformed = await decide(otherOffice, 'x', { decline: 'OTHER' });
      expect(foreign).toEqual(missing);
      expect(malformed).toEqual(missing);
    });

    it('registers one participant when two officers accept the same referral at once', async () => {
      const { id } = await refer(participants, caseWorker);
      const before = await writes(participants);
      const results = await Promise.all([
        decide(callers.officer('af-sodertalje'), id, 'accept'),
        decide(callers.officer('af-sodertalje'), id, 'accept'),
      ]);
      expect(results.filter((result) => result.referral?.status === 'ACCEPTED')).toHaveLength(1);
      expect(results.filter((result) => result.reason)).toEqual([
        expect.objectContaining({
          code: 'CONFLICT',
          reason: 'PARTICIPANT.REFERRAL_ALREADY_DECIDED',
        }),
      ]);
      expect((await writes(participants)).participants).toBe(before.participants + 1);
    });
  });

  describe('declining', () => {
    it('records the reason for the office and tells the municipality only that it was declined', async () => {
      const { id } = await refer(participants, caseWorker);
      const { referral } = await decide(officer, id, { decline: 'NOT_IN_TARGET_GROUP' });
      expect(referral).toMatchObject({
        status: 'DECLINED',
        declineReason: 'NOT_IN_TARGET_GROUP',
        decidedAt: expect.any(String),
        participantId: null,
        givenName: 'Remissa',
      });
      expect(await one(caseWorker, id)).toEqual({
        id,
        status: 'DECLINED',
        fromMunicipalityCode: '0181',
        officeId: 'af-sodertalje',
        referredAt: expect.any(String),
        decidedAt: referral!.decidedAt,
        declineReason: null,
        participantId: null,
        participant: null,
        ...Object.fromEntries(personal.map((field) => [field, null])),
      });
    });

    it('refuses a reason outside the closed list as a client error', async () => {
      const { id } = await refer(participants, caseWorker);
      const before = await writes(participants);
      const result = await decide(officer, id, { decline: 'ALREADY_REGISTERED' });
      expect(result.referral).toBeNull();
      expect(result.code).toBe('BAD_USER_INPUT');
      expect(await writes(participants)).toEqual(before);
    });
  });

  describe('deciding twice', () => {
    it.each([
      ['accepted', 'accept', 'accept'],
      ['accepted', 'accept', { decline: 'OTHER' }],
      ['declined', { decline: 'PERSON_DECLINED' }, 'accept'],
      ['declined', { decline: 'PERSON_DECLINED' }, { decline: 'OTHER' }],
    ] as const)(
      'refuses a second decision on a referral already %s',
      async (_label, first, second) => {
        const { id } = await refer(participants, caseWorker);
        await decide(officer, id, first);
        const before = await writes(participants);
        expect(await decide(officer, id, second)).toMatchObject({
          referral: null,
          code: 'CONFLICT',
          reason: 'PARTICIPANT.REFERRAL_ALREADY_DECIDED',
        });
        expect(await writes(participants)).toEqual(before);
      },
    );
  });

  describe('erasure of the participant', () => {
    it('through eraseParticipant also clears the person’s referrals, linked or not', async () => {
      const person = aParticipant().build();
      const { id: participantId } = await register(participants, officer, person);
      const { id: pending } = await refer(
        participants,
        otherMunicipality,
        aReferral({ identityNumber: person.identityNumber, officeId: 'af-solna' }),
      );
      const { id: linked } = await refer(
        participants,
        caseWorker,
        aReferral({ identityNumber: person.identityNumber }),
      );
      await decide(officer, linked, 'accept');
      const erased = await participants.call(
        admin,
        `mutation E($input: EraseParticipantInput!) { eraseParticipant(input: $input) { participantId } }`,
        { input: { participantId, reason: 'begäran om radering enligt GDPR art. 17' } },
      );
      expect(erased.errors).toBeUndefined();
      expect(
        await participants.sql(
          `SELECT status, identity_number_encrypted, identity_number_index, person_encrypted,
                  reason_encrypted FROM referral WHERE id = ANY($1::uuid[]) ORDER BY status`,
          [[pending, linked]],
        ),
      ).toEqual(
        ['ACCEPTED', 'PENDING'].map((status) => ({
          status,
          identity_number_encrypted: null,
          identity_number_index: null,
          person_encrypted: null,
          reason_encrypted: null,
        })),
      );
    });

    it('clears the personal columns of the linked referral and the same person’s other referrals, keeping the statistic', async () => {
      const input = aReferral();
      const { id: linked } = await refer(participants, caseWorker, input);
      const { referral } = await decide(officer, linked, 'accept');
      const { id: sibling } = await refer(participants, otherMunicipality, {
        ...input,
        officeId: 'af-solna',
      });
      const { id: unrelated } = await refer(participants, caseWorker);
      const cleared = await participants.app
        .get(DataSource)
        .transaction((manager) => referralsOfParticipantErased(manager, referral!.participantId!));
      expect(cleared).toBe(2);
      const rows = await participants.sql<Record<string, unknown>>(
        `SELECT id, status, participant_id, identity_number_encrypted, identity_number_index,
                person_encrypted, reason_encrypted FROM referral WHERE id = ANY($1::uuid[])`,
        [[linked, sibling, unrelated]],
      );
      const byId = Object.fromEntries(rows.map((row) => [row.id as string, row]));
      const nothingPersonal = {
        identity_number_encrypted: null,
        identity_number_index: null,
        person_encrypted: null,
        reason_encrypted: null,
      };
      expect(byId[linked]).toMatchObject({
        status: 'ACCEPTED',
        participant_id: referral!.participantId,
        ...nothingPersonal,
      });
      expect(byId[sibling]).toMatchObject({ status: 'PENDING', ...nothingPersonal });
      expect(byId[unrelated]).toMatchObject({ person_encrypted: expect.any(String) });
      const seen = await one(officer, linked);
      expect(seen).toMatchObject({ status: 'ACCEPTED', givenName: null, reason: null });
    });
  });
});
