import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { aFreshIdentityNumber, KafkaProbe } from '@jobbnatet/testing';
import { brokers, graphql, login, queryServiceDatabase } from './support/platform';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** A name no other test uses. */
function uniqueName(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return `Q${Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * 26)]).join('')}`;
}

async function ok<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await graphql<T>(token, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

/** A participant's whole case through the gateway, as an officer and a municipal case worker live it. */
describe('a participant’s case through the gateway', () => {
  let officer: string;
  let caseWorker: string;
  let probe: KafkaProbe;

  beforeAll(async () => {
    [officer, caseWorker] = await Promise.all([login('officer'), login('municipal_case_worker')]);
    probe = await KafkaProbe.start([topics.participants], brokers);
  });

  afterAll(() => probe.stop());

  it('registers, records consent, an assessment, an outcome and an exit, with events that carry nothing personal', async () => {
    const name = uniqueName();
    const email = `${name.toLowerCase()}@example.se`;
    const { registerParticipant: participant } = await ok<{
      registerParticipant: { id: string; pseudonym: string };
    }>(
      officer,
      `mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id pseudonym } }`,
      {
        input: {
          identityNumber: aFreshIdentityNumber(),
          givenName: name,
          familyName: 'Testsson',
          homeMunicipalityCode: '0181',
          officeId: 'af-sodertalje',
          email,
          languages: ['sv', 'so'],
        },
      },
    );
    const id = participant.id;
    const seenByCaseWorker = () =>
      ok<{ participant: { pseudonym: string; givenName: string | null; email: string | null } }>(
        caseWorker,
        'query S($id: ID!) { participant(id: $id) { pseudonym givenName email } }',
        { id },
      );
    expect((await seenByCaseWorker()).participant).toEqual({
      pseudonym: participant.pseudonym,
      givenName: null,
      email: null,
    });

    await ok(
      officer,
      'mutation C($input: GiveConsentInput!) { giveConsent(input: $input) { id } }',
      {
        input: {
          participantId: id,
          purpose: 'JOB_TRACK_COLLABORATION',
          municipalityCode: '0181',
          givenOn: today(),
        },
      },
    );
    expect((await seenByCaseWorker()).participant).toMatchObject({ givenName: name, email });

    await ok(
      officer,
      'mutation A($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }',
      {
        input: {
          participantId: id,
          assessedOn: today(),
          factors: [
            {
              factor: 'LANGUAGE',
              level: 'SOME_SUPPORT_NEEDED',
              interventions: ['SFI'],
              text: 'Läser svenska långsamt',
            },
            { factor: 'HEALTH', level: 'NO_OBSTACLE', interventions: [] },
          ],
        },
      },
    );
    const startDate = today();
    await ok(
      officer,
      'mutation E($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
      {
        input: {
          participantId: id,
          employerId: randomUUID(),
          startDate,
          hoursPerWeek: 40,
          form: 'SUBSIDISED',
          subsidyKind: 'NYSTARTSJOBB',
          acquired: true,
          acquiredThroughContactId: randomUUID(),
        },
      },
    );
    await ok(officer, 'mutation X($input: RecordExitInput!) { recordExit(input: $input) { id } }', {
      input: { participantId: id, exitedOn: today(), reason: 'EMPLOYMENT' },
    });

    const { participant: seen } = await ok<{
      participant: {
        status: string;
        consents: { valid: boolean }[];
        assessments: { id: string }[];
        employments: { countsAsWork: boolean; retentionChecks: { dueOn: string }[] }[];
        exit: { reason: string };
      };
    }>(
      officer,
      `query Case($id: ID!) { participant(id: $id) {
         status consents { valid } assessments { id }
         employments { countsAsWork retentionChecks { dueOn } } exit { reason } } }`,
      { id },
    );
    expect(seen).toMatchObject({
      status: 'EXITED',
      consents: [{ valid: true }],
      assessments: [expect.anything()],
      employments: [
        { countsAsWork: true, retentionChecks: expect.arrayContaining([expect.anything()]) },
      ],
      exit: { reason: 'EMPLOYMENT' },
    });
    expect(seen.employments[0]!.retentionChecks).toHaveLength(3);

    const types = [
      'participant.registered',
      'participant.consent-given',
      'participant.assessed',
      'participant.employed',
      'participant.exited',
    ];
    const messages = await probe.waitForAll((message) => message.key === id, types.length);
    const events = messages.map((message) => parseEvent(message.value!));
    expect(events.map((event) => (event.ok ? event.envelope.type : event.error))).toEqual(types);
    for (const message of messages) {
      const bytes = message.value!.toString();
      for (const secret of [name, email, 'Läser svenska']) expect(bytes).not.toContain(secret);
    }

    // The officer's reads are in the access log; the encrypted note text is nowhere in plain.
    const log = await queryServiceDatabase<{ purpose: string }>(
      'participants',
      'SELECT purpose FROM access_log WHERE participant_id = $1',
      [id],
    );
    expect(log.map((entry) => entry.purpose)).toEqual(
      expect.arrayContaining(['CASE_MANAGEMENT', 'MUNICIPAL_COLLABORATION']),
    );
    const stored = await queryServiceDatabase(
      'participants',
      "SELECT 1 FROM assessment_factor WHERE text_encrypted LIKE '%svenska%'",
    );
    expect(stored).toEqual([]);
  });
});
