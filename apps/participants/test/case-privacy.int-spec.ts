import 'reflect-metadata';
import { topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { KafkaProbe } from '@jobbnatet/testing';
import { DataSource } from 'typeorm';
import {
  registerWithContact as registerCase,
  registerMutation,
  seenBy,
  startParticipants,
  uniqueName,
} from './support/participants';

const officer = callers.officer('af-sodertalje');
const giveConsent = `mutation Give($input: GiveConsentInput!) {
  giveConsent(input: $input) { id purpose municipalityCode givenOn valid }
}`;
const withdrawConsent = `mutation Withdraw($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) { id valid withdrawnOn }
}`;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Consent, disclosure, the access log and encryption, through the API as each role calls it. */
describe('a participant’s case, private by design', () => {
  let participants: Subgraph;
  let probe: KafkaProbe;

  const accessLogOf = (participantId: string) =>
    participants.sql<{
      user_id: string;
      role: string;
      fields: string[];
      purpose: string;
      flagged: boolean;
      admin_reason: string | null;
    }>(
      'SELECT user_id, role, fields, purpose, flagged, admin_reason FROM access_log WHERE participant_id = $1 ORDER BY id',
      [participantId],
    );

  const registerWithContact = (home?: string) => registerCase(participants, officer, home);

  beforeAll(async () => {
    participants = await startParticipants();
    probe = await KafkaProbe.start([topics.participants]);
  });

  afterAll(async () => {
    await probe?.stop();
    await participants?.stop({ dropDatabase: true });
  });

  describe('encryption at rest', () => {
    it('keeps contact details only as row-bound ciphertext, and shows them to the responsible office', async () => {
      const { id, contact } = await registerWithContact();
      const [row] = await participants.sql<Record<string, unknown>>(
        'SELECT * FROM participant WHERE id = $1',
        [id],
      );
      const stored = JSON.stringify(row);
      expect(stored).not.toContain(contact.email);
      expect(stored).not.toContain(contact.phone.replace('-', ''));
      expect(stored).not.toContain(contact.address.street);
      expect(row!.contact_encrypted).toMatch(/^v2\./);
      expect(await seenBy(participants, officer, id)).toMatchObject({
        phone: contact.phone.replace('-', ''),
        email: contact.email,
        address: { ...contact.address, postalCode: '15132' },
      });
    });

    it('does not decrypt contact details copied into another participant’s row', async () => {
      const source = await registerWithContact();
      const target = await registerWithContact();
      await participants.sql(
        'UPDATE participant SET contact_encrypted = (SELECT contact_encrypted FROM participant WHERE id = $1) WHERE id = $2',
        [source.id, target.id],
      );
      const response = await participants.call<{ participant: { email: string } | null }>(
        officer,
        'query E($id: ID!) { participant(id: $id) { email } }',
        { id: target.id },
      );
      expect(JSON.stringify(response)).not.toContain(source.contact.email);
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    });
  });

  describe('one national register, looked up through the blind index', () => {
    it('refuses the same person twice at one office, and names the office to another officer, logging the look-up', async () => {
      const { id, input } = await registerWithContact();
      const again = await participants.call(officer, registerMutation, {
        input: {
          ...input,
          identityNumber: input.identityNumber.replace(/^(\d{8})/, '$1-').slice(2),
        },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'PARTICIPANT.ALREADY_REGISTERED',
        field: 'identityNumber',
      });
      const solna = callers.officer('af-solna');
      const elsewhere = await participants.call(solna, registerMutation, {
        input: { ...input, officeId: 'af-solna', givenName: uniqueName() },
      });
      expect(elsewhere.errors?.[0]).toMatchObject({
        message: expect.stringContaining('af-sodertalje'),
        extensions: { code: 'CONFLICT', reason: 'PARTICIPANT.REGISTERED_AT_OTHER_OFFICE' },
      });
      expect(await accessLogOf(id)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ user_id: solna.userId, purpose: 'DUPLICATE_CHECK' }),
        ]),
      );
      const rows = await participants.sql(
        'SELECT 1 FROM participant WHERE office_id = $1 AND given_name = $2',
        ['af-solna', input.givenName],
      );
      expect(rows).toEqual([]);
    });
  });

  describe('consent as a municipal case worker sees it', () => {
    it('shows id and pseudonym without consent, personal data once given, and nothing personal again right after withdrawal', async () => {
      const { id, name } = await registerWithContact('0181');
      const worker = callers.caseWorker('0181');

      const without = await seenBy(participants, worker, id);
      expect(without).toEqual({
        id,
        pseudonym: expect.stringMatching(/^D-[0-9A-Z]{8}$/),
        status: null,
        identityNumber: null,
        givenName: null,
        familyName: null,
        phone: null,
        email: null,
        address: null,
        languages: null,
        educationLevel: null,
        drivingLicences: null,
        labourMarketProgramme: null,
        responsibleOfficerId: null,
        homeMunicipalityCode: null,
        officeId: null,
        registeredAt: null,
        version: null,
      });

      const given = await participants.call<{ giveConsent: { id: string; valid: boolean } }>(
        officer,
        giveConsent,
        {
          input: {
            participantId: id,
            purpose: 'JOB_TRACK_COLLABORATION',
            municipalityCode: '0181',
            givenOn: today(),
          },
        },
      );
      expect(given.data?.giveConsent.valid).toBe(true);
      const consentId = given.data!.giveConsent.id;
      expect(await seenBy(participants, worker, id)).toMatchObject({
        givenName: name,
        identityNumber: null,
        officeId: 'af-sodertalje',
      });

      const withdrawn = await participants.call<{ withdrawConsent: { valid: boolean } }>(
        worker,
        withdrawConsent,
        { input: { consentId, withdrawnOn: today() } },
      );
      expect(withdrawn.data?.withdrawConsent.valid).toBe(false);
      expect(await seenBy(participants, worker, id)).toMatchObject({
        id,
        givenName: null,
        phone: null,
      });

      const events = await probe.waitForAll(
        (message) =>
          message.key === id && /consent-(given|withdrawn)/.test(message.value?.toString() ?? ''),
        2,
      );
      for (const event of events) {
        const text = event.value!.toString();
        expect(text).not.toContain(name);
        expect(JSON.parse(text).data).toMatchObject({
          consentId,
          municipalityCode: '0181',
          purpose: 'JOB_TRACK_COLLABORATION',
        });
      }
    });

    it('lets another municipality that holds a consent reach the participant, and only that one', async () => {
      const { id, name } = await registerWithContact('0181');
      const stockholm = callers.caseWorker('0180');
      expect(await seenBy(participants, stockholm, id)).toBeNull();
      await participants.call(officer, giveConsent, {
        input: {
          participantId: id,
          purpose: 'MUNICIPAL_LABOUR_MARKET_SUPPORT',
          municipalityCode: '0180',
          givenOn: today(),
        },
      });
      expect(await seenBy(participants, stockholm, id)).toMatchObject({ givenName: name });
      expect(await seenBy(participants, callers.caseWorker('0181'), id)).toMatchObject({
        givenName: null,
      });
      expect(await seenBy(participants, callers.caseWorker('0184'), id)).toBeNull();
    });

    it('refuses consent recorded by anyone but the responsible office, writing nothing', async () => {
      const { id } = await registerWithContact('0181');
      const input = {
        participantId: id,
        purpose: 'JOB_TRACK_COLLABORATION',
        municipalityCode: '0181',
        givenOn: today(),
      };
      const refusals = await Promise.all(
        [
          callers.caseWorker('0181'),
          callers.admin(),
          callers.officer('af-solna'),
          callers.analyst(),
        ].map(
          async (caller) =>
            (await participants.call(caller, giveConsent, { input })).errors?.[0]?.extensions?.code,
        ),
      );
      expect(refusals).toEqual(['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND']);
      expect(
        await participants.sql('SELECT 1 FROM consent WHERE participant_id = $1', [id]),
      ).toEqual([]);
    });
  });

  describe('the access log', () => {
    it('writes one entry per participant read, naming the fields and the purpose, and none for pseudonymous reads', async () => {
      const registered = [
        await registerWithContact(),
        await registerWithContact(),
        await registerWithContact(),
      ];
      const ids = registered.map(({ id }) => id);
      const before = await Promise.all(ids.map(async (id) => (await accessLogOf(id)).length));
      const reader = callers.officer('af-sodertalje');
      const list = await participants.call<{ _entities: { givenName: string }[] }>(
        reader,
        'query L($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { id givenName email } } }',
        { r: ids.map((id) => ({ __typename: 'Participant', id })) },
      );
      expect(list.data?._entities.map((p) => p.givenName)).toEqual(
        registered.map(({ name }) => name),
      );
      for (const [at, id] of ids.entries()) {
        const log = await accessLogOf(id);
        expect(log.length).toBe(before[at]! + 1);
        expect(log.at(-1)).toEqual({
          user_id: reader.userId,
          role: 'officer',
          fields: ['givenName', 'email'],
          purpose: 'CASE_MANAGEMENT',
          flagged: false,
          admin_reason: null,
        });
      }
      await participants.call(
        callers.caseWorker('0181'),
        'query P($id: ID!) { participant(id: $id) { id pseudonym givenName } }',
        { id: ids[0] },
      );
      expect((await accessLogOf(ids[0]!)).length).toBe(before[0]! + 1);
    });

    it('flags an admin’s read with its reason; without a reason an admin sees nothing personal', async () => {
      const { id, name } = await registerWithContact();
      const admin = callers.admin();
      expect(await seenBy(participants, admin, id)).toMatchObject({ givenName: null });
      expect(
        await seenBy(participants, admin, id, 'registerutdrag, ärende 2026-4711'),
      ).toMatchObject({ givenName: name });
      expect((await accessLogOf(id)).filter((entry) => entry.flagged)).toEqual([
        expect.objectContaining({
          user_id: admin.userId,
          purpose: 'ADMINISTRATION',
          admin_reason: 'registerutdrag, ärende 2026-4711',
        }),
      ]);
    });

    it('is read by admins only, and cannot be changed or deleted by the service’s own database role', async () => {
      const { id } = await registerWithContact();
      await seenBy(participants, officer, id);
      const query =
        'query A($id: ID!) { accessLog(filter: { participantId: $id }) { entries { participantId purpose } } }';
      const asAdmin = await participants.call<{ accessLog: { entries: unknown[] } }>(
        callers.admin(),
        query,
        { id },
      );
      expect(asAdmin.data?.accessLog.entries).toEqual(
        expect.arrayContaining([{ participantId: id, purpose: 'CASE_MANAGEMENT' }]),
      );
      const asOfficer = await participants.call<{ accessLog: { entries: unknown[] } }>(
        officer,
        query,
        { id },
      );
      expect(asOfficer.data?.accessLog.entries).toEqual([]);

      const service = participants.app.get(DataSource);
      const [{ role }] = (await service.query('SELECT current_user AS role')) as [{ role: string }];
      expect(role).toBe(`${participants.databaseName}_app`);
      await expect(
        service.query('UPDATE access_log SET purpose = $1 WHERE participant_id = $2', ['X', id]),
      ).rejects.toThrow();
      await expect(
        service.query('DELETE FROM access_log WHERE participant_id = $1', [id]),
      ).rejects.toThrow();
      await expect(service.query('TRUNCATE access_log')).rejects.toThrow();
      expect((await accessLogOf(id)).map((entry) => entry.purpose)).not.toContain('X');
      expect((await accessLogOf(id)).length).toBeGreaterThan(0);
    });
  });
});
