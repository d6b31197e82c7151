import { randomUUID } from 'node:crypto';
import { type CallerIdentity, parseEvent, topics } from '@jobbnatet/contracts';
import { callers, ParticipantEvents, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  expectEventually,
  hostileDate,
  hostileNumber,
  hostileString,
  KafkaProbe,
  oneFieldBroken,
  type ReceivedMessage,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  anOffering,
  changeStatusMutation,
  createOffering,
  registerProvider,
  startActivities,
} from './support/activities';

const enrolmentFields = `id status interruptionReason plannedFrom plannedTo startedOn endedOn
  certificateIssued costPerParticipant version offering { id } participant { id }`;
const enrolMutation = `mutation E($input: EnrolInput!) { enrol(input: $input) { ${enrolmentFields} } }`;
const startMutation = `mutation S($input: StartEnrolmentInput!) {
  startEnrolment(input: $input) { ${enrolmentFields} }
}`;
const interruptMutation = `mutation I($input: InterruptEnrolmentInput!) {
  interruptEnrolment(input: $input) { ${enrolmentFields} }
}`;
const completeMutation = `mutation C($input: CompleteEnrolmentInput!) {
  completeEnrolment(input: $input) { ${enrolmentFields} }
}`;
const enrolmentQuery = `query One($id: ID!) { enrolment(id: $id) { id status } }`;
const offeringEnrolments = `query O($id: ID!) {
  offering(id: $id) { id seatsLeft enrolments { id status } }
}`;
const participantEntities = `query P($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Participant { id enrolments { id status } } }
}`;

type Enrolment = { id: string; status: string; version: number } & Record<string, unknown>;

const isBadDate = (value: string) =>
  !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
  Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value ||
  value < '2000-01-01' ||
  value > '2099-12-31';

describe('enrolments on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
  const otherOffice = callers.officer('af-solna');
  const caseWorker = callers.caseWorker('0181');
  const otherCaseWorker = callers.caseWorker('0184');
  const admin = callers.admin();
  const employerContact = callers.employerContact();
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let events: ParticipantEvents;
  let providerId: string;
  let staff: CallerIdentity;
  let otherStaff: CallerIdentity;

  const traces = async () =>
    Number(
      (
        await subgraph.sql<{ n: string }>(
          `SELECT (SELECT count(*) FROM enrolment) + (SELECT coalesce(sum(version), 0) FROM enrolment)
             + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
        )
      )[0]!.n,
    );

  /** Participants the replica knows, registered at `officeId` and living in `municipality`. */
  async function participantsInReplica(
    count: number,
    officeId = 'af-sodertalje',
    municipality = '0181',
  ): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await events.publish(...ids.map((id) => events.registered(id, officeId, municipality)));
    await expectEventually(async () =>
      expect(
        await subgraph.sql(
          'SELECT participant_id FROM participant_reach WHERE participant_id = ANY($1::uuid[])',
          [ids],
        ),
      ).toHaveLength(count),
    );
    return ids;
  }

  async function anOpenOffering(overrides: Parameters<typeof anOffering>[1] = {}) {
    return (await createOffering(subgraph, admin, anOffering(providerId, overrides))).id;
  }

  async function enrolled(caller: CallerIdentity, offeringId: string, participantId: string) {
    const response = await subgraph.call<{ enrol: Enrolment }>(caller, enrolMutation, {
      input: { offeringId, participantId },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.enrol;
  }

  const eventsOf =
    (type: string, matches: (data: Record<string, unknown>) => boolean) =>
    (message: ReceivedMessage) => {
      const parsed = parseEvent(message.value ?? '');
      return (
        parsed.ok &&
        parsed.envelope.type === type &&
        matches(parsed.envelope.data as Record<string, unknown>)
      );
    };
  const dataOf = (message: ReceivedMessage) => {
    const parsed = parseEvent(message.value ?? '');
    if (!parsed.ok) throw new Error('unparsable event');
    return parsed.envelope.data as Record<string, unknown>;
  };

  beforeAll(async () => {
    subgraph = await startActivities();
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    probe = await KafkaProbe.start([topics.activities]);
    events = await ParticipantEvents.start();
    providerId = await registerProvider(subgraph, officer);
    staff = callers.providerStaff(providerId);
    otherStaff = callers.providerStaff(randomUUID());
  });

  afterAll(async () => {
    await events?.stop();
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('reads the caller’s scope in every root field and entity resolver', () => {
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  describe('enrol', () => {
    it('enrols a participant of the officer’s office, copies the cost and publishes enrolment.created', async () => {
      const offeringId = await anOpenOffering({ capacity: 5, costPerParticipant: 12500.5 });
      const [participantId] = await participantsInReplica(1);
      const enrolment = await enrolled(officer, offeringId, participantId!);
      expect(enrolment).toMatchObject({
        status: 'PLANNED',
        plannedFrom: '2027-01-11',
        plannedTo: '2027-04-02',
        startedOn: null,
        certificateIssued: false,
        costPerParticipant: 12500.5,
        version: 1,
        offering: { id: offeringId },
        participant: { id: participantId },
      });
      const created = await probe.waitFor(
        eventsOf('enrolment.created', (data) => data.enrolmentId === enrolment.id),
      );
      expect(dataOf(created)).toEqual({
        enrolmentId: enrolment.id,
        offeringId,
        participantId,
        typeCode: 'JOBBFORUM',
        providerId,
        municipalityCode: '0181',
        officeId: 'af-sodertalje',
        enrollingMunicipalityCode: null,
        plannedFrom: '2027-01-11',
        plannedTo: '2027-04-02',
        costPerParticipant: '12500.50',
        createdAt: expect.any(String) as string,
        createdBy: officer.userId,
      });
      const offering = await subgraph.call<{ offering: { seatsLeft: number } }>(
        officer,
        offeringEnrolments,
        { id: offeringId },
      );
      expect(offering.data?.offering).toEqual({
        id: offeringId,
        seatsLeft: 4,
        enrolments: [{ id: enrolment.id, status: 'PLANNED' }],
      });
    });

    it('keeps the cost the offering had at enrolment', async () => {
      const offeringId = await anOpenOffering({ costPerParticipant: 800 });
      const [participantId] = await participantsInReplica(1);
      const enrolment = await enrolled(officer, offeringId, participantId!);
      await subgraph.sql('UPDATE offering SET cost_per_participant = 999 WHERE id = $1', [
        offeringId,
      ]);
      const read = await subgraph.call<{ enrolment: { id: string } }>(
        officer,
        `query One($id: ID!) { enrolment(id: $id) { costPerParticipant } }`,
        { id: enrolment.id },
      );
      expect(read.data).toEqual({ enrolment: { costPerParticipant: 800 } });
    });

    it('lets a case worker enrol a resident and records their municipality as the enroller', async () => {
      const offeringId = await anOpenOffering();
      const [participantId] = await participantsInReplica(1, 'af-sodertalje', '0181');
      const enrolment = await enrolled(caseWorker, offeringId, participantId!);
      const created = await probe.waitFor(
        eventsOf('enrolment.created', (data) => data.enrolmentId === enrolment.id),
      );
      expect(dataOf(created)).toMatchObject({ officeId: null, enrollingMunicipalityCode: '0181' });
    });

    it('refuses a second active enrolment of the same participant on the same offering', async () => {
      const offeringId = await anOpenOffering();
      const [participantId] = await participantsInReplica(1);
      await enrolled(officer, offeringId, participantId!);
      const before = await traces();
      const again = await subgraph.call(officer, enrolMutation, {
        input: { offeringId, participantId },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ENROLMENT.ALREADY_ENROLLED',
        field: 'participantId',
      });
      expect(await traces()).toBe(before);
    });

    it('enrols again once the earlier enrolment was interrupted', async () => {
      const offeringId = await anOpenOffering();
      const [participantId] = await participantsInReplica(1);
      const first = await enrolled(officer, offeringId, participantId!);
      await subgraph.call(officer, interruptMutation, {
        input: { enrolmentId: first.id, reason: 'ILLNESS', interruptedOn: '2027-01-05' },
      });
      expect((await enrolled(officer, offeringId, participantId!)).status).toBe('PLANNED');
    });

    it('refuses a finished, cancelled or full offering', async () => {
      const [participantId] = await participantsInReplica(1);
      const cancelled = await anOpenOffering();
      await subgraph.call(officer, changeStatusMutation, {
        input: { offeringId: cancelled, status: 'CANCELLED' },
      });
      const refused = await subgraph.call(officer, enrolMutation, {
        input: { offeringId: cancelled, participantId },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        reason: 'ENROLMENT.OFFERING_CLOSED',
      });
      const full = await anOpenOffering();
      await subgraph.call(officer, changeStatusMutation, {
        input: { offeringId: full, status: 'OPEN' },
      });
      await subgraph.call(officer, changeStatusMutation, {
        input: { offeringId: full, status: 'FULL' },
      });
      const noSeat = await subgraph.call(officer, enrolMutation, {
        input: { offeringId: full, participantId },
      });
      expect(noSeat.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'OFFERING.FULL',
      });
    });
  });

  describe('capacity under concurrency', () => {
    it('lets exactly 3 of 50 concurrent enrolments take the 3 free seats; 47 get OFFERING.FULL', async () => {
      const offeringId = await anOpenOffering({ capacity: 4 });
      const [earlier, ...participants] = await participantsInReplica(51);
      await enrolled(officer, offeringId, earlier!); // 3 seats left
      const answers = await Promise.all(
        participants.map((participantId) =>
          subgraph.call<{ enrol: Enrolment }>(officer, enrolMutation, {
            input: { offeringId, participantId },
          }),
        ),
      );
      const succeeded = answers.filter((answer) => answer.data?.enrol);
      const refusals = answers.flatMap((answer) => answer.errors ?? []);
      expect(succeeded).toHaveLength(3);
      expect(refusals).toHaveLength(47);
      expect(new Set(refusals.map((error) => error.extensions?.reason))).toEqual(
        new Set(['OFFERING.FULL']),
      );
      expect(
        await subgraph.sql(
          `SELECT participant_id FROM enrolment
           WHERE offering_id = $1 AND status IN ('PLANNED', 'ONGOING')`,
          [offeringId],
        ),
      ).toHaveLength(4);
      // Every committed event relayed, and the probe has read the topic to its end: the count is final.
      await expectEventually(async () =>
        expect(await subgraph.sql('SELECT seq FROM outbox')).toEqual([]),
      );
      await probe.caughtUp(topics.activities);
      const created = probe.messages.filter(
        eventsOf(
          'enrolment.created',
          (data) => data.offeringId === offeringId && data.participantId !== earlier,
        ),
      );
      expect(created.map((message) => dataOf(message).enrolmentId).sort()).toEqual(
        succeeded.map((answer) => answer.data!.enrol.id).sort(),
      );
    });
  });

  describe('the enrolment’s course', () => {
    it('starts, then completes with a certificate, publishing each step with the cost at completion', async () => {
      const offeringId = await anOpenOffering({ costPerParticipant: 4200 });
      const [participantId] = await participantsInReplica(1);
      const enrolment = await enrolled(officer, offeringId, participantId!);
      const started = await subgraph.call<{ startEnrolment: Enrolment }>(staff, startMutation, {
        input: { enrolmentId: enrolment.id, startedOn: '2027-01-11' },
      });
      expect(started.data?.startEnrolment).toMatchObject({
        status: 'ONGOING',
        startedOn: '2027-01-11',
        version: 2,
      });
      const completed = await subgraph.call<{ completeEnrolment: Enrolment }>(
        staff,
        completeMutation,
        {
          input: { enrolmentId: enrolment.id, completedOn: '2027-04-02', certificateIssued: true },
        },
      );
      expect(completed.data?.completeEnrolment).toMatchObject({
        status: 'COMPLETED',
        endedOn: '2027-04-02',
        certificateIssued: true,
        version: 3,
      });
      const startEvent = await probe.waitFor(
        eventsOf('enrolment.started', (data) => data.enrolmentId === enrolment.id),
      );
      expect(dataOf(startEvent)).toEqual({
        enrolmentId: enrolment.id,
        offeringId,
        participantId,
        startedOn: '2027-01-11',
        version: 2,
        recordedAt: expect.any(String) as string,
        recordedBy: staff.userId,
      });
      const completion = await probe.waitFor(
        eventsOf('enrolment.completed', (data) => data.enrolmentId === enrolment.id),
      );
      expect(dataOf(completion)).toEqual({
        enrolmentId: enrolment.id,
        offeringId,
        participantId,
        completedOn: '2027-04-02',
        certificateIssued: true,
        costPerParticipant: '4200.00',
        version: 3,
        recordedAt: expect.any(String) as string,
        recordedBy: staff.userId,
      });
    });

    it('interrupts with a reason, publishing it, and frees the seat', async () => {
      const offeringId = await anOpenOffering({ capacity: 1 });
      const [participantId, next] = await participantsInReplica(2);
      const enrolment = await enrolled(officer, offeringId, participantId!);
      await subgraph.call(officer, startMutation, {
        input: { enrolmentId: enrolment.id, startedOn: '2027-01-11' },
      });
      const interrupted = await subgraph.call<{ interruptEnrolment: Enrolment }>(
        officer,
        interruptMutation,
        { input: { enrolmentId: enrolment.id, reason: 'GOT_JOB', interruptedOn: '2027-02-15' } },
      );
      expect(interrupted.data?.interruptEnrolment).toMatchObject({
        status: 'INTERRUPTED',
        interruptionReason: 'GOT_JOB',
        endedOn: '2027-02-15',
      });
      const event = await probe.waitFor(
        eventsOf('enrolment.interrupted', (data) => data.enrolmentId === enrolment.id),
      );
      expect(dataOf(event)).toMatchObject({
        from: 'ONGOING',
        reason: 'GOT_JOB',
        interruptedOn: '2027-02-15',
        version: 3,
      });
      expect((await enrolled(officer, offeringId, next!)).status).toBe('PLANNED');
    });

    it('refuses steps the status rule does not allow, and an end before the start', async () => {
      const offeringId = await anOpenOffering();
      const [participantId] = await participantsInReplica(1);
      const enrolment = await enrolled(officer, offeringId, participantId!);
      const early = await subgraph.call(officer, completeMutation, {
        input: { enrolmentId: enrolment.id, completedOn: '2027-04-02', certificateIssued: false },
      });
      expect(early.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ENROLMENT.TRANSITION_NOT_ALLOWED',
      });
      await subgraph.call(officer, startMutation, {
        input: { enrolmentId: enrolment.id, startedOn: '2027-01-11' },
      });
      const twice = await subgraph.call(officer, startMutation, {
        input: { enrolmentId: enrolment.id, startedOn: '2027-01-12' },
      });
      expect(twice.errors?.[0]?.extensions).toMatchObject({
        reason: 'ENROLMENT.TRANSITION_NOT_ALLOWED',
      });
      const before = await subgraph.call(officer, completeMutation, {
        input: { enrolmentId: enrolment.id, completedOn: '2027-01-10', certificateIssued: false },
      });
      expect(before.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'completedOn',
      });
    });
  });

  describe('scope', () => {
    let offeringId: string;
    let participantId: string;
    let enrolmentId: string;
    const missing = randomUUID();

    beforeAll(async () => {
      offeringId = await anOpenOffering();
      [participantId] = (await participantsInReplica(1)) as [string];
      enrolmentId = (await enrolled(officer, offeringId, participantId)).id;
      await subgraph.call(officer, startMutation, {
        input: { enrolmentId, startedOn: '2027-01-11' },
      });
    });

    const answerOf = (response: { data?: unknown; errors?: unknown }) => ({
      data: response.data,
      errors: response.errors,
    });

    it('refuses enrolling a participant of another office exactly as a missing participant', async () => {
      const foreign = await subgraph.call(otherOffice, enrolMutation, {
        input: { offeringId, participantId },
      });
      const absent = await subgraph.call(otherOffice, enrolMutation, {
        input: { offeringId, participantId: missing },
      });
      expect(answerOf(foreign)).toEqual(answerOf(absent));
      expect(foreign.errors?.[0]?.extensions).toEqual({
        code: 'NOT_FOUND',
        reason: 'PARTICIPANT.NOT_IN_REACH',
        field: 'participantId',
        retryable: true,
      });
    });

    it('answers a participant the replica has not seen yet like a foreign one, as retryable, then enrols them once it has', async () => {
      const lagging = randomUUID();
      const beforeReplication = await subgraph.call(officer, enrolMutation, {
        input: { offeringId, participantId: lagging },
      });
      const foreign = await subgraph.call(otherOffice, enrolMutation, {
        input: { offeringId, participantId },
      });
      expect(beforeReplication.errors).toEqual(foreign.errors);
      expect(beforeReplication.errors?.[0]?.message).toMatch(/try again shortly/);
      await events.publish(events.registered(lagging));
      await expectEventually(async () => {
        const retried = await subgraph.call<{ enrol: Enrolment }>(officer, enrolMutation, {
          input: { offeringId, participantId: lagging },
        });
        expect(retried.data?.enrol.status).toBe('PLANNED');
      });
    });

    it('shows the enrolment to the participant’s office, the offering’s provider and an admin', async () => {
      for (const caller of [officer, staff, admin, caseWorker]) {
        const read = await subgraph.call(caller, enrolmentQuery, { id: enrolmentId });
        expect(read.data).toEqual({ enrolment: { id: enrolmentId, status: 'ONGOING' } });
      }
    });

    it('shows another office’s officer, another provider’s staff and an employer contact the same as a missing id', async () => {
      const stranger = await anOpenOffering({
        officeIds: ['af-haninge'],
        municipalityCode: '0136',
      });
      const [theirs] = await participantsInReplica(1, 'af-haninge', '0136');
      const hidden = (await enrolled(callers.officer('af-haninge'), stranger, theirs!)).id;
      for (const caller of [officer, otherStaff, employerContact, otherCaseWorker]) {
        const foreign = await subgraph.call(caller, enrolmentQuery, { id: hidden });
        const absent = await subgraph.call(caller, enrolmentQuery, { id: missing });
        expect(foreign).toEqual({ status: 200, data: { enrolment: null } });
        expect(answerOf(foreign)).toEqual(answerOf(absent));
      }
    });

    it('answers a change of an enrolment out of scope exactly as of a missing one, and writes nothing', async () => {
      const before = await traces();
      for (const caller of [otherStaff, employerContact]) {
        const foreign = await subgraph.call(caller, completeMutation, {
          input: { enrolmentId, completedOn: '2027-04-02', certificateIssued: true },
        });
        const absent = await subgraph.call(caller, completeMutation, {
          input: { enrolmentId: missing, completedOn: '2027-04-02', certificateIssued: true },
        });
        expect(answerOf(foreign)).toEqual(answerOf(absent));
        expect(foreign.errors?.[0]?.extensions).toMatchObject({ reason: 'ENROLMENT.NOT_FOUND' });
      }
      const byEmployer = await subgraph.call(employerContact, enrolMutation, {
        input: { offeringId, participantId },
      });
      const byEmployerMissing = await subgraph.call(employerContact, enrolMutation, {
        input: { offeringId: missing, participantId },
      });
      expect(answerOf(byEmployer)).toEqual(answerOf(byEmployerMissing));
      expect(await traces()).toBe(before);
    });

    it('leaves completion to those who run the offering, not to whoever reaches the participant', async () => {
      // A case worker of the participant's municipality reads and may interrupt, but runs not the
      // offering of another municipality.
      const elsewhere = await anOpenOffering({ municipalityCode: '0184', officeIds: ['af-solna'] });
      const [resident] = await participantsInReplica(1, 'af-sodertalje', '0181');
      const enrolment = await enrolled(caseWorker, elsewhere, resident!);
      await subgraph.call(caseWorker, startMutation, {
        input: { enrolmentId: enrolment.id, startedOn: '2027-01-11' },
      });
      const refused = await subgraph.call(caseWorker, completeMutation, {
        input: { enrolmentId: enrolment.id, completedOn: '2027-04-02', certificateIssued: true },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ENROLMENT.COMPLETION_NOT_ALLOWED',
      });
      const byRunner = await subgraph.call<{ completeEnrolment: Enrolment }>(
        otherCaseWorker,
        completeMutation,
        {
          input: { enrolmentId: enrolment.id, completedOn: '2027-04-02', certificateIssued: true },
        },
      );
      expect(byRunner.data?.completeEnrolment.status).toBe('COMPLETED');
    });

    it('lets provider staff complete only their own provider’s enrolments', async () => {
      const theirProvider = await registerProvider(subgraph, officer, {
        kind: 'SUPPLIER',
        name: 'Leverantören AB',
        organisationNumber: '5560109521',
      });
      const theirs = await createOffering(subgraph, admin, anOffering(theirProvider));
      const [participant] = await participantsInReplica(1);
      const enrolment = await enrolled(officer, theirs.id, participant!);
      await subgraph.call(officer, startMutation, {
        input: { enrolmentId: enrolment.id, startedOn: '2027-01-11' },
      });
      const byOther = await subgraph.call(staff, completeMutation, {
        input: { enrolmentId: enrolment.id, completedOn: '2027-04-02', certificateIssued: true },
      });
      expect(byOther.errors?.[0]?.extensions).toMatchObject({ reason: 'ENROLMENT.NOT_FOUND' });
      const byOwn = await subgraph.call<{ completeEnrolment: Enrolment }>(
        callers.providerStaff(theirProvider),
        completeMutation,
        {
          input: { enrolmentId: enrolment.id, completedOn: '2027-04-02', certificateIssued: true },
        },
      );
      expect(byOwn.data?.completeEnrolment.status).toBe('COMPLETED');
    });
  });

  describe('Participant.enrolments through _entities', () => {
    it('answers 100 participants with one query, each with only the enrolments the caller reads', async () => {
      const offeringId = await anOpenOffering({ capacity: 200 });
      const ours = await participantsInReplica(60, 'af-sodertalje', '0181');
      const theirs = await participantsInReplica(40, 'af-solna', '0184');
      const enrolments = new Map<string, string>();
      for (const participantId of ours) {
        enrolments.set(participantId, (await enrolled(officer, offeringId, participantId)).id);
      }
      const solnaOffering = await anOpenOffering({
        officeIds: ['af-solna'],
        municipalityCode: '0184',
        capacity: 100,
      });
      for (const participantId of theirs) {
        await enrolled(otherOffice, solnaOffering, participantId);
      }
      const dataSource = subgraph.app.get(DataSource);
      const query = jest.spyOn(dataSource, 'query');
      const representations = [...ours, ...theirs].map((id) => ({ __typename: 'Participant', id }));
      const response = await subgraph.call<{
        _entities: { id: string; enrolments: { id: string }[] }[];
      }>(officer, participantEntities, { representations });
      const enrolmentQueries = query.mock.calls.filter(([sql]) =>
        String(sql).includes('FROM enrolment e'),
      );
      query.mockRestore();
      expect(enrolmentQueries).toHaveLength(1);
      const entities = response.data!._entities;
      expect(entities).toHaveLength(100);
      expect(entities.slice(0, 60).map((entity) => entity.enrolments.map((e) => e.id))).toEqual(
        ours.map((id) => [enrolments.get(id)]),
      );
      // Solna's participants on Solna's offering: nothing of theirs for Södertälje's officer.
      expect(entities.slice(60).every((entity) => entity.enrolments.length === 0)).toBe(true);
    });

    it('gives an employer contact no participant at all', async () => {
      const response = await subgraph.call<{ _entities: unknown[] }>(
        employerContact,
        participantEntities,
        { representations: [{ __typename: 'Participant', id: randomUUID() }] },
      );
      expect(response.data?._entities).toEqual([null]);
    });
  });

  describe('refuses every bad input, writing nothing', () => {
    let offeringId: string;
    let participantId: string;
    let planned: string;
    let ongoing: string;

    beforeAll(async () => {
      offeringId = await anOpenOffering({ capacity: 100 });
      const [a, b, c] = await participantsInReplica(3);
      participantId = a!;
      planned = (await enrolled(officer, offeringId, b!)).id;
      ongoing = (await enrolled(officer, offeringId, c!)).id;
      await subgraph.call(officer, startMutation, {
        input: { enrolmentId: ongoing, startedOn: '2027-01-11' },
      });
    });

    const badId = () => hostileString();
    const badDay = () => fc.oneof(hostileDate(), hostileString()).filter(isBadDate);

    it('enrol', async () => {
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(officer, enrolMutation, { input }),
        inputs: oneFieldBroken(
          { offeringId, participantId },
          {
            offeringId: badId(),
            participantId: badId(),
          },
        ),
        traces,
      });
    });

    it('startEnrolment', async () => {
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(officer, startMutation, { input }),
        inputs: oneFieldBroken(
          { enrolmentId: planned, startedOn: '2027-01-11' },
          {
            enrolmentId: badId(),
            startedOn: badDay(),
          },
        ),
        traces,
      });
    });

    it('interruptEnrolment', async () => {
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(officer, interruptMutation, { input }),
        inputs: oneFieldBroken(
          { enrolmentId: ongoing, reason: 'GOT_JOB', interruptedOn: '2027-02-15' },
          {
            enrolmentId: badId(),
            reason: fc.oneof(hostileString(), hostileNumber()),
            interruptedOn: fc.oneof(badDay(), fc.constant('2027-01-10')),
          },
        ),
        traces,
      });
    });

    it('completeEnrolment', async () => {
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(staff, completeMutation, { input }),
        inputs: oneFieldBroken(
          { enrolmentId: ongoing, completedOn: '2027-04-02', certificateIssued: true as unknown },
          {
            enrolmentId: badId(),
            completedOn: fc.oneof(badDay(), fc.constant('2027-01-10')),
            certificateIssued: fc.oneof(hostileString(), hostileNumber(), fc.constant(null)),
          },
        ),
        traces,
      });
    });
  });
});
