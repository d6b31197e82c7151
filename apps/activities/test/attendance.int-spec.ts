import { randomUUID } from 'node:crypto';
import { type CallerIdentity, parseEvent, topics } from '@jobbnatet/contracts';
import { callers, ParticipantEvents, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  expectEventually,
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
  aSession,
  cancelSessionMutation,
  createOffering,
  registerProvider,
  scheduleSessions,
  startActivities,
} from './support/activities';

const entryFields = `sessionId enrolmentId status absenceReason recordedBy version participant { id }`;
const recordMutation = `mutation R($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { ${entryFields} }
}`;
const enrolMutation = `mutation E($input: EnrolInput!) { enrol(input: $input) { id } }`;
const startMutation = `mutation S($input: StartEnrolmentInput!) { startEnrolment(input: $input) { id } }`;
const interruptMutation = `mutation I($input: InterruptEnrolmentInput!) {
  interruptEnrolment(input: $input) { id }
}`;
const completeMutation = `mutation C($input: CompleteEnrolmentInput!) {
  completeEnrolment(input: $input) { id }
}`;
const summaryFields = `sessionsHeld present absentWithValidReason absentWithoutValidReason notRecorded
  attendanceRate`;
const sessionAttendance = `query A($id: ID!, $from: String!, $to: String!) {
  offering(id: $id) { sessions(from: $from, to: $to) { id attendance { ${entryFields} } } }
}`;
const offeringSummary = `query O($id: ID!) {
  offering(id: $id) { attendanceSummary { ${summaryFields} } enrolments { id attendance { ${summaryFields} } } }
}`;
const participantSummaries = `query P($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Participant { id attendanceSummary { ${summaryFields} } }
  }
}`;

type Entry = { enrolmentId: string; status: string; absenceReason?: string | null };
type Summary = Record<string, number | null>;

describe('attendance on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
  const otherOffice = callers.officer('af-solna');
  const caseWorker = callers.caseWorker('0181');
  const otherCaseWorker = callers.caseWorker('0184');
  const admin = callers.admin();
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let events: ParticipantEvents;
  let providerId: string;
  let staff: CallerIdentity;
  let otherStaff: CallerIdentity;

  /** Rows and versions of attendance, and every event the outbox has numbered. */
  const traces = async () =>
    Number(
      (
        await subgraph.sql<{ n: string }>(
          `SELECT (SELECT count(*) FROM attendance) + (SELECT coalesce(sum(version), 0) FROM attendance)
             + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
        )
      )[0]!.n,
    );

  async function participantsInReplica(count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await events.publish(...ids.map((id) => events.registered(id, 'af-sodertalje', '0181')));
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

  /**
   * An offering run by `providerId` in Södertälje that began in January 2020 (so it has sessions
   * in the past) and runs to 2099 (so it can have one in the future).
   */
  async function aLongOffering(capacity = 20): Promise<string> {
    return (
      await createOffering(
        subgraph,
        admin,
        anOffering(providerId, { fromDate: '2020-01-06', toDate: '2099-12-31', capacity }),
      )
    ).id;
  }

  async function enrolled(offeringId: string, participantId: string): Promise<string> {
    const response = await subgraph.call<{ enrol: { id: string } }>(officer, enrolMutation, {
      input: { offeringId, participantId },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.enrol.id;
  }

  /** Three past sessions (13–15 January 2020) and one in 2099; ids in that order. */
  async function aSchedule(offeringId: string): Promise<string[]> {
    const sessions = await scheduleSessions(subgraph, officer, offeringId, [
      aSession('2020-01-13'),
      aSession('2020-01-14'),
      aSession('2020-01-15'),
      aSession('2099-06-01'),
    ]);
    return sessions.map((session) => session.id);
  }

  const record = (caller: CallerIdentity, sessionId: string, entries: Entry[]) =>
    subgraph.call<{ recordAttendance: Record<string, unknown>[] }>(caller, recordMutation, {
      input: { sessionId, entries },
    });

  async function recorded(caller: CallerIdentity, sessionId: string, entries: Entry[]) {
    const response = await record(caller, sessionId, entries);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.recordAttendance;
  }

  const errorOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions;
  const answerOf = (response: { data?: unknown; errors?: unknown }) => ({
    data: response.data,
    errors: response.errors,
  });

  const attendanceEvents = (enrolmentId: string, version: number) => (message: ReceivedMessage) => {
    const parsed = parseEvent(message.value ?? '');
    return (
      parsed.ok &&
      parsed.envelope.type === 'attendance.recorded' &&
      parsed.envelope.data.enrolmentId === enrolmentId &&
      parsed.envelope.data.version === version
    );
  };
  const envelopeOf = (message: ReceivedMessage) => {
    const parsed = parseEvent(message.value ?? '');
    if (!parsed.ok) throw new Error('unparsable event');
    return parsed.envelope;
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

  describe('recording', () => {
    let offeringId: string;
    let sessions: string[];
    let anna: { participantId: string; enrolmentId: string };
    let omar: { participantId: string; enrolmentId: string };

    beforeAll(async () => {
      offeringId = await aLongOffering();
      sessions = await aSchedule(offeringId);
      const [a, o] = (await participantsInReplica(2)) as [string, string];
      anna = { participantId: a, enrolmentId: await enrolled(offeringId, a) };
      omar = { participantId: o, enrolmentId: await enrolled(offeringId, o) };
      await subgraph.call(officer, startMutation, {
        input: { enrolmentId: anna.enrolmentId, startedOn: '2020-01-13' },
      });
    });

    it('records a session’s attendance as provider staff and publishes attendance.recorded per entry', async () => {
      const entries = await recorded(staff, sessions[0]!, [
        { enrolmentId: anna.enrolmentId, status: 'PRESENT' },
        {
          enrolmentId: omar.enrolmentId,
          status: 'ABSENT_VALID_REASON',
          absenceReason: 'CARE_OF_SICK_CHILD',
        },
      ]);
      expect(entries).toEqual([
        {
          sessionId: sessions[0],
          enrolmentId: anna.enrolmentId,
          status: 'PRESENT',
          absenceReason: null,
          recordedBy: staff.userId,
          version: 1,
          participant: { id: anna.participantId },
        },
        {
          sessionId: sessions[0],
          enrolmentId: omar.enrolmentId,
          status: 'ABSENT_VALID_REASON',
          absenceReason: 'CARE_OF_SICK_CHILD',
          recordedBy: staff.userId,
          version: 1,
          participant: { id: omar.participantId },
        },
      ]);
      const published = envelopeOf(await probe.waitFor(attendanceEvents(omar.enrolmentId, 1)));
      expect(published.subject).toBe(omar.enrolmentId);
      expect(published.data).toEqual({
        sessionId: sessions[0],
        offeringId,
        enrolmentId: omar.enrolmentId,
        participantId: omar.participantId,
        status: 'ABSENT_VALID_REASON',
        absenceReason: 'CARE_OF_SICK_CHILD',
        sessionDate: '2020-01-13',
        version: 1,
        recordedAt: expect.any(String) as string,
        recordedBy: staff.userId,
      });
      await probe.waitFor(attendanceEvents(anna.enrolmentId, 1));

      const read = await subgraph.call<{
        offering: { sessions: { id: string; attendance: { status: string }[] }[] };
      }>(officer, sessionAttendance, { id: offeringId, from: '2020-01-13', to: '2020-01-14' });
      expect(
        read.data?.offering.sessions.map((session) => session.attendance.map((e) => e.status)),
      ).toEqual([['PRESENT', 'ABSENT_VALID_REASON'], []]);
    });

    it('corrects an entry by recording it again: version 2, one row, published again', async () => {
      await recorded(staff, sessions[1]!, [{ enrolmentId: anna.enrolmentId, status: 'PRESENT' }]);
      const [corrected] = await recorded(caseWorker, sessions[1]!, [
        { enrolmentId: anna.enrolmentId, status: 'ABSENT_NO_VALID_REASON' },
      ]);
      expect(corrected).toMatchObject({
        status: 'ABSENT_NO_VALID_REASON',
        absenceReason: null,
        recordedBy: caseWorker.userId,
        version: 2,
      });
      const rows = await subgraph.sql(
        'SELECT status, version FROM attendance WHERE session_id = $1',
        [sessions[1]],
      );
      expect(rows).toEqual([{ status: 'ABSENT_NO_VALID_REASON', version: 2 }]);
      const event = envelopeOf(await probe.waitFor(attendanceEvents(anna.enrolmentId, 2)));
      expect(event.data).toMatchObject({
        sessionId: sessions[1],
        status: 'ABSENT_NO_VALID_REASON',
        sessionDate: '2020-01-14',
        recordedBy: caseWorker.userId,
      });
    });

    it('lets the municipality’s case worker, the office’s officer and an admin record', async () => {
      for (const caller of [caseWorker, officer, admin]) {
        const [entry] = await recorded(caller, sessions[2]!, [
          { enrolmentId: omar.enrolmentId, status: 'PRESENT' },
        ]);
        expect(entry).toMatchObject({ recordedBy: caller.userId });
      }
    });

    it('answers another provider’s staff, another office and another municipality exactly as a missing session, writing nothing', async () => {
      const before = await traces();
      const entries = [{ enrolmentId: anna.enrolmentId, status: 'PRESENT' }];
      for (const caller of [otherStaff, otherOffice, otherCaseWorker]) {
        const foreign = await record(caller, sessions[0]!, entries);
        const missing = await record(caller, randomUUID(), entries);
        expect(answerOf(foreign)).toEqual(answerOf(missing));
        expect(errorOf(foreign)).toEqual({
          code: 'NOT_FOUND',
          reason: 'SESSION.NOT_FOUND',
          field: 'sessionId',
        });
      }
      expect(await traces()).toBe(before);
    });

    it('shows an officer of another office the sessions but none of the attendance, and another provider’s staff not even the offering', async () => {
      const window = { id: offeringId, from: '2020-01-13', to: '2020-01-13' };
      const otherOffices = await subgraph.call<{
        offering: { sessions: { id: string; attendance: unknown[] }[] };
      }>(otherOffice, sessionAttendance, window);
      expect(otherOffices.data?.offering.sessions).toEqual([{ id: sessions[0], attendance: [] }]);
      const otherProviders = await subgraph.call(otherStaff, sessionAttendance, window);
      expect(otherProviders.data).toEqual({ offering: null });
    });

    it('refuses a session in the future and a cancelled one, writing nothing', async () => {
      const [cancelled] = await scheduleSessions(subgraph, officer, offeringId, [
        aSession('2020-01-16'),
      ]);
      await subgraph.call(officer, cancelSessionMutation, {
        input: { sessionId: cancelled!.id, reason: 'LEADER_UNAVAILABLE' },
      });
      const before = await traces();
      const entries = [{ enrolmentId: anna.enrolmentId, status: 'PRESENT' }];
      expect(errorOf(await record(staff, sessions[3]!, entries))).toEqual({
        code: 'CONFLICT',
        reason: 'ATTENDANCE.SESSION_NOT_STARTED',
        field: 'sessionId',
      });
      expect(errorOf(await record(staff, cancelled!.id, entries))).toEqual({
        code: 'CONFLICT',
        reason: 'ATTENDANCE.SESSION_CANCELLED',
        field: 'sessionId',
      });
      expect(await traces()).toBe(before);
    });

    it('refuses the whole recording when one enrolment belongs to another offering, naming it', async () => {
      const elsewhere = await aLongOffering();
      const [stranger] = await participantsInReplica(1);
      const foreignEnrolment = await enrolled(elsewhere, stranger!);
      const before = await traces();
      const response = await record(staff, sessions[0]!, [
        { enrolmentId: anna.enrolmentId, status: 'ABSENT_NO_VALID_REASON' },
        { enrolmentId: foreignEnrolment, status: 'PRESENT' },
      ]);
      expect(response.data).toBeNull();
      expect(errorOf(response)).toEqual({
        code: 'NOT_FOUND',
        reason: 'ATTENDANCE.ENROLMENT_NOT_FOUND',
        field: 'entries[1].enrolmentId',
      });
      expect(await traces()).toBe(before);
      const [annaAtFirst] = await subgraph.sql(
        'SELECT status FROM attendance WHERE session_id = $1 AND enrolment_id = $2',
        [sessions[0], anna.enrolmentId],
      );
      expect(annaAtFirst).toEqual({ status: 'PRESENT' });
    });

    it('refuses an enrolment that has ended, naming it', async () => {
      const [leaver] = await participantsInReplica(1);
      const enrolmentId = await enrolled(offeringId, leaver!);
      await subgraph.call(officer, interruptMutation, {
        input: { enrolmentId, reason: 'GOT_JOB', interruptedOn: '2020-01-13' },
      });
      const response = await record(staff, sessions[0]!, [
        { enrolmentId: anna.enrolmentId, status: 'PRESENT' },
        { enrolmentId: omar.enrolmentId, status: 'PRESENT' },
        { enrolmentId, status: 'PRESENT' },
      ]);
      expect(errorOf(response)).toEqual({
        code: 'CONFLICT',
        reason: 'ATTENDANCE.ENROLMENT_NOT_ACTIVE',
        field: 'entries[2].enrolmentId',
      });
    });
  });

  describe('summaries', () => {
    it('counts held sessions, each kind of attendance, the unrecorded and the rate, per enrolment, offering and participant', async () => {
      const offeringId = await aLongOffering();
      const [s1, s2, s3] = (await aSchedule(offeringId)) as [string, string, string, string];
      const [cancelled] = await scheduleSessions(subgraph, officer, offeringId, [
        aSession('2020-01-16'),
      ]);
      await subgraph.call(officer, cancelSessionMutation, {
        input: { sessionId: cancelled!.id, reason: 'PUBLIC_HOLIDAY' },
      });
      const [pa, pb, pc] = (await participantsInReplica(3)) as [string, string, string];
      const a = await enrolled(offeringId, pa);
      const b = await enrolled(offeringId, pb);
      const c = await enrolled(offeringId, pc);
      for (const enrolmentId of [a, b, c]) {
        await subgraph.call(officer, startMutation, {
          input: { enrolmentId, startedOn: '2020-01-13' },
        });
      }
      await recorded(staff, s1, [
        { enrolmentId: a, status: 'PRESENT' },
        { enrolmentId: b, status: 'PRESENT' },
        { enrolmentId: c, status: 'PRESENT' },
      ]);
      await recorded(staff, s2, [
        { enrolmentId: a, status: 'ABSENT_VALID_REASON', absenceReason: 'ILLNESS' },
        { enrolmentId: b, status: 'PRESENT' },
      ]);
      await recorded(staff, s3, [{ enrolmentId: b, status: 'ABSENT_NO_VALID_REASON' }]);
      // C leaves after the first day; B completes on the third.
      await subgraph.call(officer, interruptMutation, {
        input: { enrolmentId: c, reason: 'GOT_JOB', interruptedOn: '2020-01-13' },
      });
      await subgraph.call(staff, completeMutation, {
        input: { enrolmentId: b, completedOn: '2020-01-15', certificateIssued: true },
      });

      const summaryOfA = {
        sessionsHeld: 3,
        present: 1,
        absentWithValidReason: 1,
        absentWithoutValidReason: 0,
        notRecorded: 1,
        attendanceRate: 0.5,
      };
      const summaryOfB = {
        sessionsHeld: 3,
        present: 2,
        absentWithValidReason: 0,
        absentWithoutValidReason: 1,
        notRecorded: 0,
        attendanceRate: 2 / 3,
      };
      const summaryOfC = {
        sessionsHeld: 1,
        present: 1,
        absentWithValidReason: 0,
        absentWithoutValidReason: 0,
        notRecorded: 0,
        attendanceRate: 1,
      };
      const read = await subgraph.call<{
        offering: { attendanceSummary: Summary; enrolments: { id: string; attendance: Summary }[] };
      }>(staff, offeringSummary, { id: offeringId });
      expect(read.data?.offering.enrolments).toEqual([
        { id: a, attendance: summaryOfA },
        { id: b, attendance: summaryOfB },
        { id: c, attendance: summaryOfC },
      ]);
      // A and B: 6 held, 3 present, 1 + 1 absent, 1 not recorded; C was interrupted.
      expect(read.data?.offering.attendanceSummary).toEqual({
        sessionsHeld: 6,
        present: 3,
        absentWithValidReason: 1,
        absentWithoutValidReason: 1,
        notRecorded: 1,
        attendanceRate: 0.6,
      });

      const participants = await subgraph.call<{ _entities: { attendanceSummary: Summary }[] }>(
        officer,
        participantSummaries,
        { representations: [pa, pb, pc].map((id) => ({ __typename: 'Participant', id })) },
      );
      expect(participants.data?._entities.map((p) => p.attendanceSummary)).toEqual([
        summaryOfA,
        summaryOfB,
        summaryOfC,
      ]);
    });

    it('gives a fresh enrolment nothing held and no rate, and another provider’s staff nothing of theirs', async () => {
      const offeringId = await aLongOffering();
      await scheduleSessions(subgraph, officer, offeringId, [aSession('2099-06-01')]);
      const [participantId] = await participantsInReplica(1);
      await enrolled(offeringId, participantId!);
      const empty = {
        sessionsHeld: 0,
        present: 0,
        absentWithValidReason: 0,
        absentWithoutValidReason: 0,
        notRecorded: 0,
        attendanceRate: null,
      };
      const mine = await subgraph.call<{ offering: { attendanceSummary: Summary } }>(
        staff,
        offeringSummary,
        { id: offeringId },
      );
      expect(mine.data?.offering.attendanceSummary).toEqual(empty);
      const theirs = await subgraph.call<{ _entities: { attendanceSummary: Summary }[] }>(
        otherStaff,
        participantSummaries,
        { representations: [{ __typename: 'Participant', id: participantId }] },
      );
      expect(theirs.data?._entities).toEqual([{ id: participantId, attendanceSummary: empty }]);
    });

    it('answers 100 participants’ summaries through _entities with one query', async () => {
      const offeringId = await aLongOffering(150);
      const [s1, s2] = (await aSchedule(offeringId)) as [string, string];
      const participants = await participantsInReplica(100);
      const enrolments: string[] = [];
      for (const participantId of participants) {
        enrolments.push(await enrolled(offeringId, participantId));
      }
      await recorded(
        staff,
        s1,
        enrolments.map((enrolmentId) => ({ enrolmentId, status: 'PRESENT' })),
      );
      await recorded(
        staff,
        s2,
        enrolments.map((enrolmentId, index) =>
          index % 4 === 0
            ? { enrolmentId, status: 'ABSENT_VALID_REASON', absenceReason: 'JOB_INTERVIEW' }
            : { enrolmentId, status: 'PRESENT' },
        ),
      );
      const dataSource = subgraph.app.get(DataSource);
      const query = jest.spyOn(dataSource, 'query');
      const response = await subgraph.call<{
        _entities: { id: string; attendanceSummary: Summary }[];
      }>(officer, participantSummaries, {
        representations: participants.map((id) => ({ __typename: 'Participant', id })),
      });
      const attendanceQueries = query.mock.calls.filter(([sql]) =>
        String(sql).includes('attendance a'),
      );
      query.mockRestore();
      expect(attendanceQueries).toHaveLength(1);
      const summaries = response.data!._entities.map((entity) => entity.attendanceSummary);
      expect(summaries).toHaveLength(100);
      expect(summaries[0]).toEqual({
        sessionsHeld: 3,
        present: 1,
        absentWithValidReason: 1,
        absentWithoutValidReason: 0,
        notRecorded: 1,
        attendanceRate: 0.5,
      });
      expect(summaries[1]).toMatchObject({ present: 2, notRecorded: 1, attendanceRate: 1 });
      expect(summaries.filter((summary) => summary.present === 1)).toHaveLength(25);
    });
  });

  describe('refuses every bad input, writing nothing', () => {
    let sessionId: string;
    let futureSession: string;
    let cancelledSession: string;
    let valid: Entry[];
    let foreignEnrolment: string;
    let endedEnrolment: string;

    beforeAll(async () => {
      const offeringId = await aLongOffering();
      const sessions = await aSchedule(offeringId);
      sessionId = sessions[0]!;
      futureSession = sessions[3]!;
      cancelledSession = sessions[2]!;
      await subgraph.call(officer, cancelSessionMutation, {
        input: { sessionId: cancelledSession, reason: 'OTHER' },
      });
      const [a, b, c, d] = (await participantsInReplica(4)) as [string, string, string, string];
      valid = [
        { enrolmentId: await enrolled(offeringId, a), status: 'PRESENT' },
        {
          enrolmentId: await enrolled(offeringId, b),
          status: 'ABSENT_VALID_REASON',
          absenceReason: 'WORK',
        },
      ];
      endedEnrolment = await enrolled(offeringId, c);
      await subgraph.call(officer, interruptMutation, {
        input: { enrolmentId: endedEnrolment, reason: 'MOVED', interruptedOn: '2020-01-13' },
      });
      foreignEnrolment = await enrolled(await aLongOffering(), d);
    });

    /** One entry broken in one place, at any position among the valid ones. */
    const aBrokenEntry = () =>
      fc.oneof(
        hostileString().map((enrolmentId) => ({ enrolmentId, status: 'PRESENT' })),
        fc.oneof(hostileString(), hostileNumber()).map((status) => ({
          enrolmentId: randomUUID(),
          status,
        })),
        fc
          .oneof(hostileString(), hostileNumber(), fc.constant('VACATION'))
          .map((absenceReason) => ({
            enrolmentId: randomUUID(),
            status: 'ABSENT_VALID_REASON',
            absenceReason,
          })),
        fc.constantFrom(...['ILLNESS', 'WORK', 'OTHER']).map((absenceReason) => ({
          enrolmentId: randomUUID(),
          status: 'PRESENT',
          absenceReason,
        })),
        fc.constant({ enrolmentId: randomUUID(), status: 'ABSENT_VALID_REASON' }),
        fc.constant({ enrolmentId: randomUUID(), status: 'PRESENT' }),
        fc.constant(null).map(() => ({ enrolmentId: foreignEnrolment, status: 'PRESENT' })),
        fc.constant(null).map(() => ({ enrolmentId: endedEnrolment, status: 'PRESENT' })),
        fc.constant(null).map(() => ({ ...valid[0]!, status: 'ABSENT_NO_VALID_REASON' })),
      );
    const badEntries = () =>
      fc.oneof(
        fc
          .tuple(aBrokenEntry(), fc.nat(2))
          .map(([broken, at]) => [...valid.slice(0, at), broken, ...valid.slice(at)]),
        fc.constant([]),
        fc
          .integer({ min: 101, max: 120 })
          .map((length) =>
            Array.from({ length }, () => ({ enrolmentId: randomUUID(), status: 'PRESENT' })),
          ),
        fc.oneof(hostileString(), hostileNumber(), fc.constant(null)),
      );

    it('recordAttendance', async () => {
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(staff, recordMutation, { input }),
        inputs: oneFieldBroken(
          { sessionId, entries: valid as unknown },
          {
            sessionId: fc.oneof(
              hostileString(),
              fc.constantFrom(futureSession, cancelledSession),
              fc.constant(null).map(() => randomUUID()),
            ),
            entries: badEntries(),
          },
        ),
        traces,
      });
    });
  });
});
