import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { KafkaProbe } from '@jobbnatet/testing';
import {
  type AssessmentSeen,
  caseOf,
  daysFromToday,
  giveConsent,
  recordAssessmentMutation,
  registeredDaysAgo,
  tablesHolding,
  today,
  withdrawConsent,
} from './support/case-entries';
import { register, startParticipants, uniqueName } from './support/participants';

const officer = callers.officer('af-sodertalje');
const reason = 'registerutdrag enligt GDPR art. 15';

/** Texts no other test writes: found in the database only if stored in plaintext. */
const phrases = () => ({
  language: `Språk ${uniqueName()}`,
  health: `Hälsa ${uniqueName()}`,
  healthInterventions: `Vårdkontakt ${uniqueName()}`,
  transport: `Resor ${uniqueName()}`,
});

const fullAssessment = (participantId: string, text: ReturnType<typeof phrases>, on = today()) => ({
  participantId,
  assessedOn: on,
  factors: [
    {
      factor: 'TRANSPORT',
      level: 'SOME_SUPPORT_NEEDED',
      interventions: ['TRAVEL_SUPPORT'],
      text: text.transport,
    },
    {
      factor: 'HEALTH',
      level: 'SIGNIFICANT_SUPPORT_NEEDED',
      interventions: ['HEALTH_CARE_CONTACT', 'REHABILITATION'],
      text: text.health,
      interventionsText: text.healthInterventions,
    },
    {
      factor: 'LANGUAGE',
      level: 'SOME_SUPPORT_NEEDED',
      interventions: ['SFI'],
      text: text.language,
    },
  ],
});

describe('prerequisites assessments', () => {
  let participants: Subgraph;
  let probe: KafkaProbe;

  const record = (caller = officer, input: unknown) =>
    participants.call<{ recordAssessment: AssessmentSeen }>(caller, recordAssessmentMutation, {
      input,
    });
  const assessmentRows = async (participantId: string) =>
    (
      await participants.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM assessment WHERE participant_id = $1',
        [participantId],
      )
    )[0]!.n;

  /** A participant of Södertälje's office living in Södertälje, assessed once with every text. */
  async function assessedParticipant() {
    const { id } = await register(participants, officer);
    const text = phrases();
    const response = await record(officer, fullAssessment(id, text));
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return { id, text, assessment: response.data.recordAssessment };
  }

  beforeAll(async () => {
    participants = await startParticipants();
    probe = await KafkaProbe.start([topics.participants]);
  });

  afterAll(async () => {
    await probe?.stop();
    await participants?.stop({ dropDatabase: true });
  });

  describe('the responsible office', () => {
    it('records an assessment and reads every finding back, health included, factors in list order', async () => {
      const { id, text, assessment } = await assessedParticipant();
      const expected = {
        id: assessment.id,
        assessedOn: today(),
        assessedBy: officer.userId,
        factors: [
          {
            factor: 'LANGUAGE',
            level: 'SOME_SUPPORT_NEEDED',
            interventions: ['SFI'],
            text: text.language,
            interventionsText: null,
            withheld: false,
          },
          {
            factor: 'HEALTH',
            level: 'SIGNIFICANT_SUPPORT_NEEDED',
            interventions: ['HEALTH_CARE_CONTACT', 'REHABILITATION'],
            text: text.health,
            interventionsText: text.healthInterventions,
            withheld: false,
          },
          {
            factor: 'TRANSPORT',
            level: 'SOME_SUPPORT_NEEDED',
            interventions: ['TRAVEL_SUPPORT'],
            text: text.transport,
            interventionsText: null,
            withheld: false,
          },
        ],
      };
      expect(assessment).toEqual(expected);
      expect((await caseOf(participants, officer, id))?.assessments).toEqual([expected]);
    });

    it('lists assessments newest first', async () => {
      const { id } = await register(participants, officer);
      await registeredDaysAgo(participants, id, 30);
      for (const on of [daysFromToday(-20), daysFromToday(-1), daysFromToday(-10)]) {
        const response = await record(officer, {
          participantId: id,
          assessedOn: on,
          factors: [{ factor: 'DIGITAL_SKILLS', level: 'NO_OBSTACLE' }],
        });
        expect(response.errors).toBeUndefined();
      }
      const seen = await caseOf(participants, officer, id);
      expect(seen?.assessments?.map((a) => a.assessedOn)).toEqual([
        daysFromToday(-1),
        daysFromToday(-10),
        daysFromToday(-20),
      ]);
    });

    it('refuses a date before registration or in the future, naming assessedOn and writing nothing', async () => {
      const { id } = await register(participants, officer);
      for (const on of [daysFromToday(-1), daysFromToday(30)]) {
        const response = await record(officer, {
          participantId: id,
          assessedOn: on,
          factors: [{ factor: 'OTHER', level: 'NO_OBSTACLE' }],
        });
        expect(response.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'assessedOn',
        });
      }
      expect(await assessmentRows(id)).toBe(0);
    });

    it('publishes participant.assessed with ids, date, author and factor codes only', async () => {
      const { id, text, assessment } = await assessedParticipant();
      const message = await probe.waitFor(
        (m) => m.key === id && m.value!.toString().includes('participant.assessed'),
        10_000,
      );
      const raw = message.value!.toString();
      const event = JSON.parse(raw) as { type: string; data: Record<string, unknown> };
      expect(event).toMatchObject({ type: 'participant.assessed', subject: id });
      expect(event.data).toEqual({
        participantId: id,
        assessmentId: assessment.id,
        assessedOn: today(),
        assessedBy: officer.userId,
        factors: ['LANGUAGE', 'HEALTH', 'TRANSPORT'],
      });
      for (const secret of [
        ...Object.values(text),
        'SOME_SUPPORT_NEEDED',
        'SIGNIFICANT',
        'REHABILITATION',
      ]) {
        expect({ secret, inEvent: raw.includes(secret) }).toEqual({ secret, inEvent: false });
      }
    });
  });

  describe('a municipal case worker of the home municipality', () => {
    it('with consent sees the assessment but only that health was assessed, never its findings', async () => {
      const { id, text } = await assessedParticipant();
      await giveConsent(participants, officer, id, '0181');
      const seen = await caseOf(participants, callers.caseWorker('0181'), id);
      const [assessment] = seen!.assessments!;
      expect(assessment!.factors).toEqual([
        expect.objectContaining({ factor: 'LANGUAGE', text: text.language, withheld: false }),
        {
          factor: 'HEALTH',
          level: null,
          interventions: null,
          text: null,
          interventionsText: null,
          withheld: true,
        },
        expect.objectContaining({ factor: 'TRANSPORT', text: text.transport, withheld: false }),
      ]);
      expect(JSON.stringify(seen)).not.toContain(text.health);
      expect(JSON.stringify(seen)).not.toContain(text.healthInterventions);
    });

    it('with consent still may not record an assessment, and nothing is written', async () => {
      const { id } = await register(participants, officer);
      await giveConsent(participants, officer, id, '0181');
      const response = await record(callers.caseWorker('0181'), {
        participantId: id,
        assessedOn: today(),
        factors: [{ factor: 'OTHER', level: 'NO_OBSTACLE' }],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PARTICIPANT.ACTION_NOT_ALLOWED',
      });
      expect(await assessmentRows(id)).toBe(0);
    });

    it('without consent sees the participant’s pseudonym and no assessment', async () => {
      const { id } = await assessedParticipant();
      const seen = await caseOf(participants, callers.caseWorker('0181'), id);
      expect(seen).toEqual({
        id,
        pseudonym: expect.stringMatching(/^D-/),
        assessments: null,
        notes: null,
      });
    });

    it('sees nothing personal on the next request after the consent is withdrawn', async () => {
      const { id } = await assessedParticipant();
      const consentId = await giveConsent(participants, officer, id, '0181');
      const worker = callers.caseWorker('0181');
      expect((await caseOf(participants, worker, id))?.assessments).toHaveLength(1);
      await withdrawConsent(participants, worker, consentId);
      expect((await caseOf(participants, worker, id))?.assessments).toBeNull();
    });
  });

  describe('an admin', () => {
    it('without a reason sees no assessment', async () => {
      const { id } = await assessedParticipant();
      expect((await caseOf(participants, callers.admin(), id))?.assessments).toBeNull();
    });

    it('with a stated reason sees the assessment without health findings, and the read is flagged', async () => {
      const { id, text } = await assessedParticipant();
      const admin = callers.admin();
      const seen = await caseOf(participants, admin, id, reason);
      expect(seen!.assessments![0]!.factors.find((f) => f.factor === 'HEALTH')).toMatchObject({
        level: null,
        text: null,
        interventionsText: null,
        withheld: true,
      });
      expect(JSON.stringify(seen)).not.toContain(text.health);
      const log = await participants.sql<{
        fields: string[];
        flagged: boolean;
        admin_reason: string;
      }>(
        'SELECT fields, flagged, admin_reason FROM access_log WHERE user_id = $1 AND participant_id = $2',
        [admin.userId, id],
      );
      expect(log).toEqual([
        { fields: expect.arrayContaining(['assessments']), flagged: true, admin_reason: reason },
      ]);
    });

    it('may not record an assessment', async () => {
      const { id } = await register(participants, officer);
      const response = await record(callers.admin(), {
        participantId: id,
        assessedOn: today(),
        factors: [{ factor: 'OTHER', level: 'NO_OBSTACLE' }],
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await assessmentRows(id)).toBe(0);
    });
  });

  describe.each([
    ['another office’s officer', callers.officer('af-solna')],
    ['an analyst', callers.analyst()],
    ['an employer contact', callers.employerContact()],
  ])('%s', (_who, caller) => {
    it('does not reach the participant, and recording answers as for a missing id', async () => {
      const { id } = await assessedParticipant();
      expect(await caseOf(participants, caller, id)).toBeNull();
      const input = (participantId: string) => ({
        participantId,
        assessedOn: today(),
        factors: [{ factor: 'OTHER', level: 'NO_OBSTACLE' }],
      });
      const foreign = await record(caller, input(id));
      const missing = await record(caller, input(randomUUID()));
      expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(foreign).toEqual(missing);
      expect(await assessmentRows(id)).toBe(1);
    });
  });

  it('logs the responsible officer’s read of assessments', async () => {
    const { id } = await assessedParticipant();
    const reader = callers.officer('af-sodertalje');
    await caseOf(participants, reader, id);
    const log = await participants.sql<{ fields: string[]; purpose: string }>(
      'SELECT fields, purpose FROM access_log WHERE user_id = $1 AND participant_id = $2',
      [reader.userId, id],
    );
    expect(log).toEqual([
      { fields: expect.arrayContaining(['assessments']), purpose: 'CASE_MANAGEMENT' },
    ]);
  });

  describe('at rest', () => {
    it('holds no assessment text in plaintext anywhere in the database', async () => {
      const { text } = await assessedParticipant();
      for (const phrase of Object.values(text)) {
        expect({ phrase, tables: await tablesHolding(participants, phrase) }).toEqual({
          phrase,
          tables: [],
        });
      }
    });

    it('answers an error, never the text, for a ciphertext moved to another row', async () => {
      const source = await assessedParticipant();
      const target = await assessedParticipant();
      // The source participant's health text, copied over the target's language text.
      await participants.sql(
        `UPDATE assessment_factor SET text_encrypted = (
           SELECT f.text_encrypted FROM assessment_factor f JOIN assessment a ON a.id = f.assessment_id
            WHERE a.participant_id = $1 AND f.factor = 'HEALTH')
         WHERE assessment_id = $2 AND factor = 'LANGUAGE'`,
        [source.id, target.assessment.id],
      );
      const response = await participants.call(
        officer,
        `query C($id: ID!) {
        participant(id: $id) { id assessments { factors { factor text } } } }`,
        { id: target.id },
      );
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(response.data).toEqual({ participant: { id: target.id, assessments: null } });
      expect(JSON.stringify(response)).not.toContain(source.text.health);
    });
  });
});
