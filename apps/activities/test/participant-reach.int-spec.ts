import { randomUUID } from 'node:crypto';
import { callers, ParticipantEvents, type Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually } from '@jobbnatet/testing';
import {
  anOffering,
  createOffering,
  registerProvider,
  startActivities,
} from './support/activities';

const enrol = `mutation E($input: EnrolInput!) { enrol(input: $input) { id status } }`;

interface ReachRow {
  office_id: string | null;
  home_municipality_code: string | null;
  status: string;
  last_sequence: number | null;
}

/**
 * The participant reach replica as the activities service holds it: participant events played
 * onto the participants topic with the contracts' producer schemas, consumed by the real service.
 */
describe('the participant reach replica in activities', () => {
  const officer = callers.officer('af-sodertalje');
  const caseWorker = callers.caseWorker('0184');
  let subgraph: Subgraph;
  let events: ParticipantEvents;
  let offeringId: string;

  const reachOf = async (participantId: string) =>
    (
      await subgraph.sql<ReachRow>(
        `SELECT office_id, home_municipality_code, status, last_sequence
         FROM participant_reach WHERE participant_id = $1`,
        [participantId],
      )
    )[0];
  /** How many inbox rows these events have: one each once applied, however often delivered. */
  const appliedTimes = async (...eventIds: string[]) =>
    Number(
      (
        await subgraph.sql<{ n: string }>(
          'SELECT count(*) AS n FROM inbox WHERE event_id = ANY($1::uuid[])',
          [eventIds],
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    subgraph = await startActivities();
    events = await ParticipantEvents.start();
    const providerId = await registerProvider(subgraph, officer);
    offeringId = (
      await createOffering(subgraph, officer, anOffering(providerId, { capacity: 100 }))
    ).id;
  });

  afterAll(async () => {
    await events?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('records a registered participant with ids and codes only', async () => {
    const participantId = randomUUID();
    await events.publish(events.registered(participantId, 'af-sodertalje', '0181'));
    await expectEventually(async () =>
      expect(await reachOf(participantId)).toEqual({
        office_id: 'af-sodertalje',
        home_municipality_code: '0181',
        status: 'REGISTERED',
        last_sequence: 1,
      }),
    );
    const columns = await subgraph.sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_name IN ('participant_reach', 'participant_reach_consent') ORDER BY column_name`,
    );
    expect(columns.map((column) => column.column_name)).toEqual([
      'consent_id',
      'home_municipality_code',
      'last_event_at',
      'last_sequence',
      'municipality_code',
      'office_id',
      'participant_id',
      'participant_id',
      'status',
      'updated_at',
      'withdrawn',
    ]);
  });

  it('follows a move to another office, and an officer of the old office no longer reaches them', async () => {
    const participantId = randomUUID();
    await events.publish(
      events.registered(participantId, 'af-sodertalje', '0181'),
      events.updated(participantId, { officeId: 'af-solna', homeMunicipalityCode: '0184' }),
    );
    await expectEventually(async () =>
      expect(await reachOf(participantId)).toMatchObject({
        office_id: 'af-solna',
        last_sequence: 2,
      }),
    );
    const refused = await subgraph.call(officer, enrol, { input: { offeringId, participantId } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'PARTICIPANT.NOT_IN_REACH' });
    const solna = await subgraph.call(callers.officer('af-solna'), enrol, {
      input: { offeringId, participantId },
    });
    expect(solna.data).toMatchObject({ enrol: { status: 'PLANNED' } });
  });

  it('never lets an earlier event delivered late undo a later one', async () => {
    const participantId = randomUUID();
    const registration = events.registered(participantId, 'af-sodertalje', '0181');
    const move = events.updated(participantId, {
      officeId: 'af-solna',
      homeMunicipalityCode: '0184',
    });
    const exit = events.exited(participantId);
    // Delivered newest first: the move (2) and the registration (1) arrive after the exit (3).
    await events.publish(exit, move, registration);
    await expectEventually(async () =>
      expect(await reachOf(participantId)).toEqual({
        office_id: 'af-solna',
        home_municipality_code: '0184',
        status: 'EXITED',
        last_sequence: 3,
      }),
    );
  });

  it('applies a redelivered event once, and an old one delivered again changes nothing', async () => {
    const participantId = randomUUID();
    const registration = events.registered(participantId, 'af-sodertalje', '0181');
    const move = events.updated(participantId, {
      officeId: 'af-solna',
      homeMunicipalityCode: '0184',
    });
    await events.publish(registration, move, registration, move);
    // A later event of the same participant: once it is in, everything before it has been read.
    await events.publish(
      events.updated(participantId, { officeId: 'af-haninge', homeMunicipalityCode: '0136' }),
    );
    await expectEventually(async () =>
      expect(await reachOf(participantId)).toMatchObject({
        office_id: 'af-haninge',
        last_sequence: 3,
      }),
    );
    expect(await appliedTimes(registration.id, move.id)).toEqual(2);
  });

  it('lets a case worker reach a resident of another municipality while a consent names theirs', async () => {
    const participantId = randomUUID();
    const consentId = randomUUID();
    await events.publish(
      events.registered(participantId, 'af-sodertalje', '0181'),
      events.consentGiven(participantId, consentId, '0184'),
    );
    // Keyed by consent, the consent may land on another partition and be applied first.
    await expectEventually(async () => {
      expect(await reachOf(participantId)).toMatchObject({ last_sequence: 1 });
      expect(
        await subgraph.sql(
          'SELECT withdrawn FROM participant_reach_consent WHERE consent_id = $1',
          [consentId],
        ),
      ).toEqual([{ withdrawn: false }]);
    });
    const consented = await subgraph.call(caseWorker, enrol, {
      input: { offeringId, participantId },
    });
    expect(consented.data).toMatchObject({ enrol: { status: 'PLANNED' } });

    const second = randomUUID();
    const secondConsent = randomUUID();
    await events.publish(
      events.registered(second, 'af-sodertalje', '0181'),
      events.consentGiven(second, secondConsent, '0184'),
      events.consentWithdrawn(second, secondConsent, '0184'),
    );
    await expectEventually(async () =>
      expect(
        await subgraph.sql(
          'SELECT withdrawn FROM participant_reach_consent WHERE consent_id = $1',
          [secondConsent],
        ),
      ).toEqual([{ withdrawn: true }]),
    );
    const withdrawn = await subgraph.call(caseWorker, enrol, {
      input: { offeringId, participantId: second },
    });
    expect(withdrawn.errors?.[0]?.extensions).toMatchObject({ reason: 'PARTICIPANT.NOT_IN_REACH' });
  });

  it('keeps a withdrawal that arrives before its consent', async () => {
    const participantId = randomUUID();
    const consentId = randomUUID();
    const given = events.consentGiven(participantId, consentId, '0184');
    const withdrawal = events.consentWithdrawn(participantId, consentId, '0184');
    await events.publish(withdrawal, given);
    await expectEventually(async () =>
      expect(
        await subgraph.sql(
          'SELECT withdrawn FROM participant_reach_consent WHERE consent_id = $1',
          [consentId],
        ),
      ).toEqual([{ withdrawn: true }]),
    );
    await expectEventually(async () => expect(await appliedTimes(given.id, withdrawal.id)).toBe(2));
    // Both applied, in this order: the consent given after its withdrawal did not revive it.
    expect(
      await subgraph.sql('SELECT withdrawn FROM participant_reach_consent WHERE consent_id = $1', [
        consentId,
      ]),
    ).toEqual([{ withdrawn: true }]);
  });

  it('marks an erased participant and refuses enrolling an exited or erased one', async () => {
    const exited = randomUUID();
    const erased = randomUUID();
    await events.publish(
      events.registered(exited, 'af-sodertalje', '0181'),
      events.exited(exited),
      events.registered(erased, 'af-sodertalje', '0181'),
      events.erased(erased),
    );
    await expectEventually(async () => {
      expect(await reachOf(exited)).toMatchObject({ status: 'EXITED' });
      expect(await reachOf(erased)).toMatchObject({ status: 'ERASED', office_id: 'af-sodertalje' });
    });
    for (const participantId of [exited, erased]) {
      const refused = await subgraph.call(officer, enrol, { input: { offeringId, participantId } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ENROLMENT.PARTICIPANT_NOT_ACTIVE',
      });
    }
  });
});
