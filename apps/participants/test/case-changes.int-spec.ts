import 'reflect-metadata';
import { topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant, KafkaProbe } from '@jobbnatet/testing';
import { DataSource } from 'typeorm';
import { TallyCompaction } from '../src/participants/tally-compaction';
import {
  registerWithContact as registerCase,
  register,
  registerMutation,
  seenBy,
  startParticipants,
  uniqueName,
} from './support/participants';

const officer = callers.officer('af-sodertalje');
const update = `mutation U($input: UpdateParticipantInput!) {
  updateParticipant(input: $input) { id version phone familyName history { field oldValue newValue changedBy } }
}`;
const erase = `mutation E($input: EraseParticipantInput!) { eraseParticipant(input: $input) { participantId erasedAt } }`;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Changes with their history, and erasure end to end. */
describe('changing and erasing a participant', () => {
  let participants: Subgraph;
  let probe: KafkaProbe;

  const registerWithContact = (home?: string) => registerCase(participants, officer, home);

  beforeAll(async () => {
    participants = await startParticipants();
    probe = await KafkaProbe.start([topics.participants]);
  });

  afterAll(async () => {
    await probe?.stop();
    await participants?.stop({ dropDatabase: true });
  });

  describe('a change', () => {
    it('keeps the old and new values of identity and contact fields, encrypted, and tells only the field names', async () => {
      const { id, name, contact } = await registerWithContact();
      const newFamily = uniqueName();
      const response = await participants.call<{
        updateParticipant: {
          version: number;
          phone: string;
          familyName: string;
          history: unknown[];
        };
      }>(officer, update, {
        input: {
          participantId: id,
          version: 1,
          phone: '+46 8 123 45 67',
          familyName: newFamily,
          languages: ['sv', 'ar'],
        },
      });
      expect(response.data?.updateParticipant).toEqual({
        id,
        version: 2,
        phone: '+4681234567',
        familyName: newFamily,
        history: [
          {
            field: 'familyName',
            oldValue: 'Testsson',
            newValue: newFamily,
            changedBy: officer.userId,
          },
          {
            field: 'phone',
            oldValue: contact.phone.replace('-', ''),
            newValue: '+4681234567',
            changedBy: officer.userId,
          },
        ],
      });
      const stored = JSON.stringify(
        await participants.sql('SELECT * FROM participant_change WHERE participant_id = $1', [id]),
      );
      expect(stored).not.toContain(newFamily);
      expect(stored).not.toContain('4681234567');
      const event = await probe.waitFor(
        (message) =>
          message.key === id && message.value!.toString().includes('participant.updated'),
      );
      const text = event.value!.toString();
      expect(JSON.parse(text).data.changedFields).toEqual(['familyName', 'phone', 'languages']);
      for (const secret of [newFamily, name, '4681234567']) expect(text).not.toContain(secret);
    });

    it('refuses a stale version, another office, a municipality and an admin, changing nothing', async () => {
      const { id } = await registerWithContact();
      const attempt = async (caller: typeof officer, version = 1) =>
        (
          await participants.call(caller, update, {
            input: { participantId: id, version, email: 'ny@example.se' },
          })
        ).errors?.[0]?.extensions?.reason;
      expect(await attempt(officer, 7)).toBe('PARTICIPANT.STALE_VERSION');
      expect(await attempt(callers.officer('af-solna'))).toBe('PARTICIPANT.NOT_FOUND');
      expect(await attempt(callers.caseWorker('0181'))).toBe('PARTICIPANT.ACTION_NOT_ALLOWED');
      expect(await attempt(callers.admin())).toBe('PARTICIPANT.ACTION_NOT_ALLOWED');
      expect(await seenBy(participants, officer, id)).toMatchObject({ version: 1 });
      expect(
        await participants.sql('SELECT 1 FROM participant_change WHERE participant_id = $1', [id]),
      ).toEqual([]);
    });

    it('corrects an identity number, refusing one that belongs to someone else', async () => {
      const first = await registerWithContact();
      const second = await registerWithContact();
      const taken = await participants.call(officer, update, {
        input: { participantId: second.id, version: 1, identityNumber: first.input.identityNumber },
      });
      expect(taken.errors?.[0]?.extensions?.reason).toBe('PARTICIPANT.ALREADY_REGISTERED');
      const corrected = aParticipant().build().identityNumber;
      const done = await participants.call<{ updateParticipant: { version: number } }>(
        officer,
        update,
        {
          input: { participantId: second.id, version: 1, identityNumber: corrected },
        },
      );
      expect(done.data?.updateParticipant.version).toBe(2);
      expect((await seenBy(participants, officer, second.id))?.identityNumber).toBe(
        `${corrected.slice(0, 8)}-${corrected.slice(8)}`,
      );
    });
  });

  describe('erasure on request', () => {
    it('leaves an anonymous record, tells every service, keeps the access log by id, and nothing personal in the database', async () => {
      const { id, name, contact, input } = await registerWithContact();
      await participants.call(officer, update, {
        input: { participantId: id, version: 1, familyName: `${name}son` },
      });
      await participants.call(
        officer,
        'mutation G($i: GiveConsentInput!) { giveConsent(input: $i) { id } }',
        {
          i: {
            participantId: id,
            purpose: 'JOB_TRACK_COLLABORATION',
            municipalityCode: '0181',
            givenOn: today(),
          },
        },
      );
      await seenBy(participants, officer, id);
      const admin = callers.admin();
      const erased = await participants.call<{ eraseParticipant: { participantId: string } }>(
        admin,
        erase,
        {
          input: {
            participantId: id,
            reason: 'begäran om radering enligt GDPR art. 17, ärende 4711',
          },
        },
      );
      expect(erased.data?.eraseParticipant.participantId).toBe(id);

      const [row] = await participants.sql<Record<string, unknown>>(
        'SELECT * FROM participant WHERE id = $1',
        [id],
      );
      expect(row).toMatchObject({
        status: 'ERASED',
        identity_number_encrypted: null,
        identity_number_index: null,
        given_name: null,
        family_name: null,
        contact_encrypted: null,
        office_id: 'af-sodertalje',
        home_municipality_code: '0181',
      });
      expect(await seenBy(participants, officer, id)).toMatchObject({
        id,
        givenName: null,
        status: null,
      });

      // Nothing personal anywhere: every text column of every table, and no ciphertext tied to the id.
      const tables = await participants.sql<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY')`,
      );
      for (const { table_name, column_name } of tables) {
        const hits = await participants.sql(
          `SELECT 1 FROM "${table_name}" WHERE "${column_name}"::text ILIKE ANY($1::text[])`,
          [[`%${name}%`, `%${contact.email}%`, `%${contact.address.street}%`]],
        );
        expect({ table_name, column_name, hits: hits.length }).toEqual({
          table_name,
          column_name,
          hits: 0,
        });
      }
      expect(
        await participants.sql('SELECT 1 FROM participant_change WHERE participant_id = $1', [id]),
      ).toEqual([]);
      const log = await participants.sql<{ purpose: string; admin_reason: string | null }>(
        'SELECT purpose, admin_reason FROM access_log WHERE participant_id = $1 ORDER BY id',
        [id],
      );
      expect(log.map((entry) => entry.purpose)).toEqual(
        expect.arrayContaining(['CASE_MANAGEMENT', 'ERASURE']),
      );

      const event = await probe.waitFor(
        (message) => message.key === id && message.value!.toString().includes('participant.erased'),
      );
      expect(JSON.parse(event.value!.toString()).data).toEqual({
        participantId: id,
        erasedAt: expect.any(String),
        erasedBy: admin.userId,
      });

      // The person may come back: the identity number is free again, under a new participant.
      const again = await participants.call<{ registerParticipant: { id: string } }>(
        officer,
        registerMutation,
        {
          input: { ...input, givenName: uniqueName() },
        },
      );
      expect(again.data?.registerParticipant.id).not.toBe(id);
    });

    it('needs an admin with a reason, and erases once', async () => {
      const { id } = await registerWithContact();
      const attempt = async (caller: typeof officer, reason: string | null) =>
        (await participants.call(caller, erase, { input: { participantId: id, reason } }))
          .errors?.[0]?.extensions;
      expect(await attempt(callers.admin(), ' ')).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      expect(await attempt(officer, 'the participant asked')).toMatchObject({
        reason: 'PARTICIPANT.ACTION_NOT_ALLOWED',
      });
      expect(await attempt(callers.caseWorker('0181'), 'the participant asked')).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await seenBy(participants, officer, id)).toMatchObject({ status: 'REGISTERED' });
      expect(await attempt(callers.admin(), 'the participant asked')).toBeUndefined();
      expect(await attempt(callers.admin(), 'the participant asked')).toMatchObject({
        reason: 'PARTICIPANT.ERASED',
      });
    });
  });

  describe('lists', () => {
    it('filters by “mine”, status and name, and searches names only where the caller may see them', async () => {
      const mineOfficer = callers.officer('af-sodertalje');
      const name = uniqueName();
      const { id } = await register(participants, mineOfficer, aParticipant().named(name).build());
      const list = async (caller: typeof officer, filter: object, reason?: string) =>
        participants.call<{ participants: { edges: { node: { id: string } }[] } }>(
          caller,
          'query L($f: ParticipantFilterInput, $r: String) { participants(filter: $f, reason: $r, first: 100) { edges { node { id } } } }',
          { f: filter, r: reason ?? null },
        );
      const ids = async (caller: typeof officer, filter: object, reason?: string) =>
        (await list(caller, filter, reason)).data?.participants.edges.map((edge) => edge.node.id);
      expect(await ids(mineOfficer, { mine: true })).toEqual([id]);
      expect(await ids(officer, { mine: true })).not.toContain(id);
      expect(await ids(officer, { name: name.slice(1, 8).toLowerCase() })).toEqual([id]);
      expect(await ids(officer, { name: name.slice(1, 8), status: ['EXITED'] })).toEqual([]);
      expect(await ids(callers.caseWorker('0181'), { name })).toEqual([]);
      expect(await ids(callers.officer('af-solna'), { name })).toEqual([]);
      expect((await list(callers.admin(), { name })).errors?.[0]?.extensions?.reason).toBe(
        'PARTICIPANT.REASON_REQUIRED',
      );
      expect(await ids(callers.admin(), { name }, 'tillsyn, ärende 12')).toEqual([id]);
      expect((await list(officer, { name: '%' })).errors?.[0]?.extensions?.field).toBe(
        'filter.name',
      );
    });

    it('counts an office’s list from its tally exactly as row by row, through registration, exit and erasure', async () => {
      const kista = callers.officer('af-kista');
      const ids: string[] = [];
      for (let n = 0; n < 4; n++)
        ids.push(
          (
            await register(
              participants,
              kista,
              aParticipant().atOffice('af-kista').livingIn('0180').build(),
            )
          ).id,
        );
      await participants.call(
        kista,
        'mutation X($i: RecordExitInput!) { recordExit(input: $i) { id } }',
        {
          i: { participantId: ids[0], exitedOn: today(), reason: 'MOVED' },
        },
      );
      await participants.call(callers.admin(), erase, {
        input: { participantId: ids[1], reason: 'begäran om radering' },
      });
      const counted = async (caller: typeof officer, filter: object) =>
        (
          await participants.call<{ participants: { totalCount: number } }>(
            caller,
            'query C($f: ParticipantFilterInput) { participants(filter: $f) { totalCount } }',
            { f: filter },
          )
        ).data!.participants.totalCount;
      const rows = async (where: string) =>
        Number(
          (
            await participants.sql<{ n: string }>(
              `SELECT count(*) AS n FROM participant WHERE ${where}`,
            )
          )[0]!.n,
        );
      expect(await counted(kista, {})).toBe(
        await rows("office_id = 'af-kista' AND status <> 'ERASED'"),
      );
      expect(await counted(kista, {})).toBe(3);
      expect(await counted(kista, { status: ['EXITED', 'ERASED'] })).toBe(2);
      expect(await counted(callers.admin(), { officeId: 'af-kista' })).toBe(3);
      expect(await counted(callers.admin(), {})).toBe(await rows("status <> 'ERASED'"));

      // Folding the deltas changes no count and leaves one row per office and status.
      await participants.app.get(TallyCompaction).compact();
      expect(await counted(kista, {})).toBe(3);
      expect(await counted(kista, { status: ['EXITED', 'ERASED'] })).toBe(2);
      expect(await counted(callers.admin(), {})).toBe(await rows("status <> 'ERASED'"));
      expect(
        await participants.sql(
          'SELECT office_id, status FROM participant_tally GROUP BY 1, 2 HAVING count(*) > 1',
        ),
      ).toEqual([]);
    });

    it('lets two writers change statuses at one office at once: neither waits for the other to commit', async () => {
      const kista = callers.officer('af-kista');
      const [a, b] = [
        await register(participants, kista, aParticipant().atOffice('af-kista').build()),
        await register(participants, kista, aParticipant().atOffice('af-kista').build()),
      ];
      const dataSource = participants.app.get(DataSource);
      const first = dataSource.createQueryRunner();
      const second = dataSource.createQueryRunner();
      try {
        await first.startTransaction();
        await first.query("UPDATE participant SET status = 'EXITED' WHERE id = $1", [a.id]);
        await second.startTransaction();
        // Waiting on the first writer's tally row would end here with a lock timeout.
        await second.query("SET LOCAL lock_timeout = '10s'");
        await second.query("UPDATE participant SET status = 'EXITED' WHERE id = $1", [b.id]);
        await second.commitTransaction();
        await first.commitTransaction();
      } finally {
        await first.release();
        await second.release();
      }
    });
  });
});
