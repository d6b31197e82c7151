import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant } from '@jobbnatet/testing';
import { DataSource } from 'typeorm';
import {
  caseOf,
  daysFromToday,
  eventsAbout,
  giveConsent,
  type NoteSeen,
  recordAssessmentMutation,
  registeredDaysAgo,
  tablesHolding,
  today,
  withdrawConsent,
  writeNoteMutation,
} from './support/case-entries';
import { register, startParticipants, uniqueName } from './support/participants';

const officer = callers.officer('af-sodertalje');
const reason = 'registerutdrag enligt GDPR art. 15';

describe('support-need and progression notes', () => {
  let participants: Subgraph;

  const write = (caller: typeof officer, input: Record<string, unknown>) =>
    participants.call<{ writeNote: NoteSeen }>(caller, writeNoteMutation, { input });
  const noteRows = async (participantId: string) =>
    (
      await participants.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM participant_note WHERE participant_id = $1',
        [participantId],
      )
    )[0]!.n;

  /** A participant of Södertälje's office living in Södertälje, with one progression note. */
  async function participantWithNote(writer = officer) {
    const { id } = await register(participants, officer);
    const text = `Framsteg ${uniqueName()}`;
    const response = await write(writer, {
      participantId: id,
      kind: 'PROGRESSION',
      writtenOn: today(),
      text,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return { id, text, note: response.data.writeNote };
  }

  beforeAll(async () => {
    participants = await startParticipants();
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  describe('the responsible office', () => {
    it('writes a note and reads it back, dated and authored, with no event', async () => {
      const { id, text, note } = await participantWithNote();
      const expected = {
        id: note.id,
        kind: 'PROGRESSION',
        writtenOn: today(),
        text,
        writtenBy: officer.userId,
        authorRole: 'OFFICER',
      };
      expect(note).toEqual(expected);
      expect((await caseOf(participants, officer, id))?.notes).toEqual([expected]);
      // participant.registered only: a note's text never travels.
      expect(await eventsAbout(participants, id)).toBe(1);
    });

    it('lists notes newest first and narrows them by kind', async () => {
      const { id } = await register(participants, officer);
      await registeredDaysAgo(participants, id, 30);
      const written = [
        ['SUPPORT_NEED', daysFromToday(-20)],
        ['PROGRESSION', daysFromToday(-2)],
        ['SUPPORT_NEED', daysFromToday(-5)],
      ] as const;
      for (const [kind, writtenOn] of written) {
        const response = await write(officer, {
          participantId: id,
          kind,
          writtenOn,
          text: `${kind} ${writtenOn}`,
        });
        expect(response.errors).toBeUndefined();
      }
      expect((await caseOf(participants, officer, id))?.notes?.map((n) => n.writtenOn)).toEqual([
        daysFromToday(-2),
        daysFromToday(-5),
        daysFromToday(-20),
      ]);
      const supportNeeds = await participants.call<{ participant: { notes: NoteSeen[] } }>(
        officer,
        'query N($id: ID!) { participant(id: $id) { notes(kind: SUPPORT_NEED) { kind writtenOn } } }',
        { id },
      );
      expect(supportNeeds.data?.participant.notes).toEqual([
        { kind: 'SUPPORT_NEED', writtenOn: daysFromToday(-5) },
        { kind: 'SUPPORT_NEED', writtenOn: daysFromToday(-20) },
      ]);
    });

    it('refuses a day before registration, naming writtenOn and writing nothing', async () => {
      const { id } = await register(participants, officer);
      const response = await write(officer, {
        participantId: id,
        kind: 'PROGRESSION',
        writtenOn: daysFromToday(-1),
        text: 'För tidigt.',
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'writtenOn',
      });
      expect(await noteRows(id)).toBe(0);
    });
  });

  describe('a municipal case worker of the home municipality', () => {
    const worker = callers.caseWorker('0181');

    it('with consent reads the office’s notes and writes one of their own', async () => {
      const { id, text } = await participantWithNote();
      await giveConsent(participants, officer, id, '0181');
      const own = await write(worker, {
        participantId: id,
        kind: 'SUPPORT_NEED',
        writtenOn: today(),
        text: 'Behöver stöd med resor till praktiken.',
      });
      expect(own.data?.writeNote).toMatchObject({
        writtenBy: worker.userId,
        authorRole: 'MUNICIPAL_CASE_WORKER',
      });
      const notes = (await caseOf(participants, worker, id))?.notes;
      expect(notes?.map((n) => n.text).sort()).toEqual(
        ['Behöver stöd med resor till praktiken.', text].sort(),
      );
    });

    it('without consent sees no note and may not write one', async () => {
      const { id } = await participantWithNote();
      expect((await caseOf(participants, worker, id))?.notes).toBeNull();
      const response = await write(worker, {
        participantId: id,
        kind: 'SUPPORT_NEED',
        writtenOn: today(),
        text: 'Utan samtycke.',
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PARTICIPANT.ACTION_NOT_ALLOWED',
      });
      expect(await noteRows(id)).toBe(1);
    });

    it('after the consent is withdrawn sees no note and may not write one, on the very next request', async () => {
      const { id } = await participantWithNote();
      const consentId = await giveConsent(participants, officer, id, '0181');
      expect((await caseOf(participants, worker, id))?.notes).toHaveLength(1);
      await withdrawConsent(participants, worker, consentId);
      expect((await caseOf(participants, worker, id))?.notes).toBeNull();
      const response = await write(worker, {
        participantId: id,
        kind: 'PROGRESSION',
        writtenOn: today(),
        text: 'Efter återkallelse.',
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await noteRows(id)).toBe(1);
    });

    it('of another municipality with no consent does not reach the participant at all', async () => {
      const { id } = await participantWithNote();
      const stranger = callers.caseWorker('0184');
      expect(await caseOf(participants, stranger, id)).toBeNull();
      const response = await write(stranger, {
        participantId: id,
        kind: 'PROGRESSION',
        writtenOn: today(),
        text: 'Främmande kommun.',
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('an admin', () => {
    it('without a reason sees no note; with one reads them, flagged in the access log', async () => {
      const { id, text } = await participantWithNote();
      const admin = callers.admin();
      expect((await caseOf(participants, admin, id))?.notes).toBeNull();
      expect((await caseOf(participants, admin, id, reason))?.notes?.map((n) => n.text)).toEqual([
        text,
      ]);
      const log = await participants.sql<{ fields: string[]; flagged: boolean }>(
        'SELECT fields, flagged FROM access_log WHERE user_id = $1 AND participant_id = $2',
        [admin.userId, id],
      );
      expect(log).toEqual([{ fields: expect.arrayContaining(['notes']), flagged: true }]);
    });

    it('may not write a note', async () => {
      const { id } = await register(participants, officer);
      const response = await write(callers.admin(), {
        participantId: id,
        kind: 'PROGRESSION',
        writtenOn: today(),
        text: 'Administratör.',
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await noteRows(id)).toBe(0);
    });
  });

  describe.each([
    ['another office’s officer', callers.officer('af-solna')],
    ['an analyst', callers.analyst()],
    ['an employer contact', callers.employerContact()],
    ['a process leader', callers.processLeader()],
  ])('%s', (_who, caller) => {
    it('does not reach the participant, and writing answers as for a missing id', async () => {
      const { id } = await participantWithNote();
      expect(await caseOf(participants, caller, id)).toBeNull();
      const input = (participantId: string) => ({
        participantId,
        kind: 'PROGRESSION',
        writtenOn: today(),
        text: 'Inte min deltagare.',
      });
      const foreign = await write(caller, input(id));
      const missing = await write(caller, input(randomUUID()));
      expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(foreign).toEqual(missing);
      expect(await noteRows(id)).toBe(1);
    });
  });

  describe('at rest', () => {
    it('holds no note text in plaintext anywhere in the database', async () => {
      const { text } = await participantWithNote();
      expect(await tablesHolding(participants, text)).toEqual([]);
    });

    it('answers an error, never the text, for a note’s ciphertext moved to another participant’s note', async () => {
      const source = await participantWithNote();
      const target = await participantWithNote();
      await participants.sql(
        'UPDATE participant_note SET text_encrypted = (SELECT text_encrypted FROM participant_note WHERE id = $1) WHERE id = $2',
        [source.note.id, target.note.id],
      );
      const response = await participants.call(
        officer,
        'query N($id: ID!) { participant(id: $id) { id notes { text } } }',
        { id: target.id },
      );
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(response.data).toEqual({ participant: { id: target.id, notes: null } });
      expect(JSON.stringify(response)).not.toContain(source.text);
    });
  });

  it('leaves no note, assessment or text of an erased participant', async () => {
    const { id, text } = await participantWithNote();
    const finding = `Hälsa ${uniqueName()}`;
    await participants.call(officer, recordAssessmentMutation, {
      input: {
        participantId: id,
        assessedOn: today(),
        factors: [{ factor: 'HEALTH', level: 'SOME_SUPPORT_NEEDED', text: finding }],
      },
    });
    const erased = await participants.call(
      callers.admin(),
      'mutation E($input: EraseParticipantInput!) { eraseParticipant(input: $input) { participantId } }',
      { input: { participantId: id, reason } },
    );
    expect(erased.errors).toBeUndefined();
    const left = await participants.sql<{ notes: number; assessments: number }>(
      `SELECT (SELECT count(*)::int FROM participant_note WHERE participant_id = $1) AS notes,
              (SELECT count(*)::int FROM assessment WHERE participant_id = $1) AS assessments`,
      [id],
    );
    expect(left).toEqual([{ notes: 0, assessments: 0 }]);
    expect(await tablesHolding(participants, text)).toEqual([]);
    expect(await tablesHolding(participants, finding)).toEqual([]);
    expect(await caseOf(participants, officer, id)).toMatchObject({
      assessments: null,
      notes: null,
    });
  });

  it('reads the notes and assessments of a list of 100 participants with one statement each', async () => {
    const office = callers.officer('af-solna');
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      ids.push(
        (
          await register(
            participants,
            office,
            aParticipant().atOffice('af-solna').livingIn('0184').build(),
          )
        ).id,
      );
    }
    for (const id of ids.slice(0, 3)) {
      await write(office, {
        participantId: id,
        kind: 'PROGRESSION',
        writtenOn: today(),
        text: `Not ${id}`,
      });
      await participants.call(office, recordAssessmentMutation, {
        input: {
          participantId: id,
          assessedOn: today(),
          factors: [{ factor: 'OTHER', level: 'NO_OBSTACLE' }],
        },
      });
    }
    const logQuery = jest.spyOn(participants.app.get(DataSource).logger, 'logQuery');
    try {
      const page = await participants.call<{
        participants: {
          edges: { node: { id: string; notes: NoteSeen[]; assessments: unknown[] } }[];
        };
      }>(
        office,
        `{ participants(first: 100, filter: { officeId: "af-solna" }) {
             edges { node { id notes { text } assessments { id } } } } }`,
      );
      const nodes = page.data!.participants.edges.map((edge) => edge.node);
      expect(nodes).toHaveLength(100);
      expect(nodes.filter((node) => node.notes.length === 1)).toHaveLength(3);
      expect(nodes.filter((node) => node.assessments.length === 1)).toHaveLength(3);
      const statements = logQuery.mock.calls.map(([sql]) => sql);
      expect(statements.filter((sql) => /\bparticipant_note\b/.test(sql))).toHaveLength(1);
      expect(statements.filter((sql) => /\bassessment_factor\b/.test(sql))).toHaveLength(1);
    } finally {
      logQuery.mockRestore();
    }
  });
});
