import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { type CallerIdentity, parseEvent, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  expectEventually,
  hostileString,
  KafkaProbe,
  type ReceivedMessage,
  oneFieldBroken,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  aJobbforumWeek,
  anOffering,
  aSession,
  cancelSessionMutation,
  changeStatusMutation,
  createOffering,
  offeringWeekQuery,
  registerProvider,
  rescheduleSessionMutation,
  scheduleSessions,
  scheduleSessionsMutation,
  startActivities,
} from './support/activities';

const eventsOf = (probe: KafkaProbe, type: string, subjects: string[]) =>
  probe.waitForAll(
    (m) => subjects.includes(String(m.key)) && m.value!.toString().includes(`"${type}"`),
    subjects.length,
    10_000,
  );

const envelopeOf = (message: ReceivedMessage) => {
  const parsed = parseEvent(message.value!);
  if (!parsed.ok) throw new Error('an event that does not parse');
  return parsed.envelope;
};

const sessionsWindow = `query Sessions($id: ID!, $from: String!, $to: String!) {
  offering(id: $id) { id sessions(from: $from, to: $to) { id kind date status } }
}`;

describe('offering sessions and the weekly view on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
  const admin = callers.admin();
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let providerId: string;
  let staff: CallerIdentity;

  /** Rows and events a session command would leave. */
  const traces = async () =>
    Number(
      (
        await subgraph.sql<{ n: string }>(
          `SELECT (SELECT count(*) FROM session) + (SELECT coalesce(sum(version), 0) FROM session)
             + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
        )
      )[0]!.n,
    );

  const newOffering = async (overrides: Parameters<typeof anOffering>[1] = {}) =>
    (await createOffering(subgraph, officer, anOffering(providerId, overrides))).id;

  const errorOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions;

  beforeAll(async () => {
    subgraph = await startActivities();
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    probe = await KafkaProbe.start([topics.activities]);
    providerId = await registerProvider(subgraph, officer);
    staff = callers.providerStaff(providerId);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('refuses the new operations without the gateway’s signature and scopes every one', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    expect(walk.map((probed) => probed.operation)).toEqual(
      expect.arrayContaining([
        'query { offeringWeek }',
        'mutation { scheduleSessions }',
        'mutation { rescheduleSession }',
        'mutation { cancelSession }',
      ]),
    );
    expect(walk.filter((probed) => probed.status !== 401)).toEqual([]);
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  describe('scheduleSessions', () => {
    it('lets the provider’s staff schedule a Jobbforum week, publishing session.scheduled without room or leader', async () => {
      const offeringId = await newOffering();
      const week = aJobbforumWeek();
      const sessions = await scheduleSessions(subgraph, staff, offeringId, week);
      expect(sessions).toHaveLength(week.length);
      expect(sessions[0]).toMatchObject({
        offeringId,
        kind: 'GROUP_MEETING',
        startsAt: '2027-01-18T08:00:00.000Z',
        endsAt: '2027-01-18T09:30:00.000Z',
        date: '2027-01-18',
        room: 'Sal 3',
        leader: 'Karin Lund',
        status: 'SCHEDULED',
        cancellationReason: null,
        version: 1,
      });
      expect(sessions.map((s) => s.startsAt)).toEqual([...sessions.map((s) => s.startsAt)].sort());

      const messages = await eventsOf(
        probe,
        'session.scheduled',
        sessions.map((s) => s.id),
      );
      expect(envelopeOf(messages.find((m) => m.key === sessions[0]!.id)!)).toMatchObject({
        type: 'session.scheduled',
        subject: sessions[0]!.id,
        data: {
          sessionId: sessions[0]!.id,
          offeringId,
          kind: 'GROUP_MEETING',
          startsAt: '2027-01-18T08:00:00.000Z',
          endsAt: '2027-01-18T09:30:00.000Z',
          status: 'SCHEDULED',
          version: 1,
          scheduledBy: staff.userId,
        },
      });
      for (const message of messages) {
        const text = message.value!.toString();
        for (const secret of ['Sal 3', 'Datasalen', 'Hörsalen', 'Karin', 'Lund', 'arbetsgivare']) {
          expect(text).not.toContain(secret);
        }
      }
    });

    it('lets an officer of the offering’s office, a case worker of its kommun and an admin schedule', async () => {
      const offeringId = await newOffering();
      for (const runner of [officer, callers.caseWorker('0181'), admin]) {
        const [session] = await scheduleSessions(subgraph, runner, offeringId, [
          aSession('2027-02-01'),
        ]);
        expect(session).toMatchObject({ offeringId, status: 'SCHEDULED' });
      }
    });

    it.each([
      ['outside the offering’s dates', aSession('2027-04-05'), 'sessions[0].startsAt'],
      ['before the offering starts', aSession('2027-01-08'), 'sessions[0].startsAt'],
      [
        'ending before it starts',
        aSession('2027-01-18', { from: '10:00', to: '09:00' }),
        'sessions[0].endsAt',
      ],
      [
        'ending on another day',
        { ...aSession('2027-01-18'), endsAt: '2027-01-19T09:00+01:00' },
        'sessions[0].endsAt',
      ],
      [
        'running past midnight in Sweden though not in UTC',
        { ...aSession('2027-01-18'), startsAt: '2027-01-18T22:00Z', endsAt: '2027-01-18T23:30Z' },
        'sessions[0].endsAt',
      ],
    ])('refuses a session %s, naming the field, writing nothing', async (_what, plan, field) => {
      const offeringId = await newOffering();
      const before = await traces();
      const response = await subgraph.call(staff, scheduleSessionsMutation, {
        input: { offeringId, sessions: [aSession('2027-01-18'), plan].reverse() },
      });
      expect(errorOf(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'SESSION.INVALID_INPUT',
        field,
      });
      expect(await traces()).toBe(before);
    });

    it.each(['CANCELLED', 'FINISHED'])(
      'refuses to schedule on a %s offering (a typed conflict)',
      async (status) => {
        const offeringId = await newOffering();
        const path = status === 'CANCELLED' ? ['CANCELLED'] : ['OPEN', 'RUNNING', 'FINISHED'];
        for (const next of path) {
          await subgraph.call(officer, changeStatusMutation, {
            input: { offeringId, status: next },
          });
        }
        const before = await traces();
        const response = await subgraph.call(staff, scheduleSessionsMutation, {
          input: { offeringId, sessions: [aSession('2027-01-18')] },
        });
        expect(errorOf(response)).toMatchObject({
          code: 'CONFLICT',
          reason: 'SESSION.OFFERING_CLOSED',
        });
        expect(await traces()).toBe(before);
      },
    );
  });

  describe('rescheduleSession and cancelSession', () => {
    it('moves a session, keeping an omitted room, and publishes session.rescheduled with the previous times', async () => {
      const offeringId = await newOffering();
      const [session] = await scheduleSessions(subgraph, staff, offeringId, [
        aSession('2027-01-18', { room: 'Rum Hemlig', leader: 'Nils Nilsson' }),
      ]);
      const response = await subgraph.call<{ rescheduleSession: Record<string, unknown> }>(
        staff,
        rescheduleSessionMutation,
        {
          input: {
            sessionId: session!.id,
            startsAt: '2027-01-19T13:00+01:00',
            endsAt: '2027-01-19T14:30+01:00',
            leader: 'Eva Ek',
          },
        },
      );
      expect(response.data?.rescheduleSession).toMatchObject({
        id: session!.id,
        startsAt: '2027-01-19T12:00:00.000Z',
        date: '2027-01-19',
        room: 'Rum Hemlig',
        leader: 'Eva Ek',
        status: 'SCHEDULED',
        version: 2,
      });
      const [message] = await eventsOf(probe, 'session.rescheduled', [session!.id]);
      expect(envelopeOf(message!)).toMatchObject({
        subjectsequence: 2,
        data: {
          sessionId: session!.id,
          offeringId,
          startsAt: '2027-01-19T12:00:00.000Z',
          endsAt: '2027-01-19T13:30:00.000Z',
          previousStartsAt: '2027-01-18T08:00:00.000Z',
          previousEndsAt: '2027-01-18T09:30:00.000Z',
          version: 2,
        },
      });
      for (const secret of ['Hemlig', 'Nils', 'Eva']) {
        expect(message!.value!.toString()).not.toContain(secret);
      }
    });

    it('refuses a reschedule outside the offering’s dates and writes nothing', async () => {
      const offeringId = await newOffering();
      const [session] = await scheduleSessions(subgraph, staff, offeringId, [
        aSession('2027-01-18'),
      ]);
      const before = await traces();
      const response = await subgraph.call(staff, rescheduleSessionMutation, {
        input: {
          sessionId: session!.id,
          startsAt: '2027-04-03T09:00+02:00',
          endsAt: '2027-04-03T10:00+02:00',
        },
      });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
      expect(await traces()).toBe(before);
    });

    it('cancels with a reason code, publishes session.cancelled, and refuses to touch it again', async () => {
      const offeringId = await newOffering();
      const [session] = await scheduleSessions(subgraph, staff, offeringId, [
        aSession('2027-01-20', { room: 'Rum Hemlig' }),
      ]);
      const response = await subgraph.call<{ cancelSession: Record<string, unknown> }>(
        staff,
        cancelSessionMutation,
        { input: { sessionId: session!.id, reason: 'LEADER_UNAVAILABLE' } },
      );
      expect(response.data?.cancelSession).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'LEADER_UNAVAILABLE',
        version: 2,
      });
      const [message] = await eventsOf(probe, 'session.cancelled', [session!.id]);
      expect(envelopeOf(message!)).toMatchObject({
        data: {
          sessionId: session!.id,
          offeringId,
          kind: 'GROUP_MEETING',
          status: 'CANCELLED',
          reason: 'LEADER_UNAVAILABLE',
          version: 2,
          cancelledBy: staff.userId,
        },
      });
      expect(message!.value!.toString()).not.toContain('Hemlig');
      expect(message!.value!.toString()).not.toContain('Karin');

      const before = await traces();
      const again = await subgraph.call(staff, cancelSessionMutation, {
        input: { sessionId: session!.id, reason: 'OTHER' },
      });
      expect(errorOf(again)).toMatchObject({
        code: 'CONFLICT',
        reason: 'SESSION.ALREADY_CANCELLED',
      });
      const moved = await subgraph.call(staff, rescheduleSessionMutation, {
        input: {
          sessionId: session!.id,
          startsAt: '2027-01-21T09:00+01:00',
          endsAt: '2027-01-21T10:00+01:00',
        },
      });
      expect(errorOf(moved)).toMatchObject({ reason: 'SESSION.ALREADY_CANCELLED' });
      expect(await traces()).toBe(before);
    });

    it('changes no session of a cancelled offering', async () => {
      const offeringId = await newOffering();
      const [session] = await scheduleSessions(subgraph, staff, offeringId, [
        aSession('2027-01-18'),
      ]);
      await subgraph.call(officer, changeStatusMutation, {
        input: { offeringId, status: 'CANCELLED' },
      });
      const before = await traces();
      const response = await subgraph.call(staff, cancelSessionMutation, {
        input: { sessionId: session!.id, reason: 'OTHER' },
      });
      expect(errorOf(response)).toMatchObject({
        code: 'CONFLICT',
        reason: 'SESSION.OFFERING_CLOSED',
      });
      expect(await traces()).toBe(before);
    });
  });

  describe('scope', () => {
    const outsiders: [string, () => CallerIdentity][] = [
      ['another provider’s staff', () => callers.providerStaff(randomUUID())],
      ['an officer of another office', () => callers.officer('af-solna')],
      ['a case worker of another kommun', () => callers.caseWorker('0180')],
      ['an employer contact', () => callers.employerContact()],
      ['an analyst', () => callers.analyst()],
    ];

    it.each(outsiders)(
      'gives %s the same answer for a real offering and session as for missing ones, writing nothing',
      async (_who, make) => {
        const outsider = make();
        const offeringId = await newOffering();
        const [session] = await scheduleSessions(subgraph, staff, offeringId, [
          aSession('2027-01-18'),
        ]);
        const before = await traces();
        const schedule = (id: string) =>
          subgraph.call(outsider, scheduleSessionsMutation, {
            input: { offeringId: id, sessions: [aSession('2027-01-19')] },
          });
        const real = await schedule(offeringId);
        expect(errorOf(real)).toMatchObject({ code: 'NOT_FOUND' });
        expect(errorOf(await schedule(randomUUID()))).toEqual(errorOf(real));

        const reschedule = (id: string) =>
          subgraph.call(outsider, rescheduleSessionMutation, {
            input: {
              sessionId: id,
              startsAt: '2027-01-19T09:00+01:00',
              endsAt: '2027-01-19T10:00+01:00',
            },
          });
        const cancel = (id: string) =>
          subgraph.call(outsider, cancelSessionMutation, {
            input: { sessionId: id, reason: 'OTHER' },
          });
        for (const command of [reschedule, cancel]) {
          const onReal = await command(session!.id);
          expect(errorOf(onReal)).toMatchObject({ code: 'NOT_FOUND', reason: 'SESSION.NOT_FOUND' });
          expect(errorOf(await command(randomUUID()))).toEqual(errorOf(onReal));
        }
        expect(await traces()).toBe(before);
      },
    );

    it('shows the weekly view to readers of the offering only: null for a foreign and a missing one', async () => {
      const offeringId = await newOffering();
      await scheduleSessions(subgraph, staff, offeringId, [aSession('2027-01-18')]);
      const otherOffice = callers.officer('af-solna');
      const read = await subgraph.call<{ offeringWeek: { days: unknown[] } }>(
        otherOffice,
        offeringWeekQuery,
        { offeringId, week: '2027-W03' },
      );
      expect(read.data?.offeringWeek.days).toHaveLength(7);
      for (const outsider of [callers.providerStaff(randomUUID()), callers.employerContact()]) {
        for (const id of [offeringId, randomUUID()]) {
          expect(
            await subgraph.call(outsider, offeringWeekQuery, { offeringId: id, week: '2027-W03' }),
          ).toEqual({ status: 200, data: { offeringWeek: null } });
        }
      }
    });
  });

  describe('the weekly view and Offering.sessions', () => {
    it('shows a Jobbforum week Monday to Sunday, each day’s sessions by start, a cancelled one marked', async () => {
      const offeringId = await newOffering();
      const sessions = await scheduleSessions(subgraph, staff, offeringId, aJobbforumWeek());
      const lecture = sessions.find((s) => s.kind === 'LECTURE')!;
      await subgraph.call(staff, cancelSessionMutation, {
        input: { sessionId: lecture.id, reason: 'LEADER_UNAVAILABLE' },
      });
      // A session in the next week stays out of this one.
      await scheduleSessions(subgraph, staff, offeringId, [aSession('2027-01-25')]);

      const response = await subgraph.call<{
        offeringWeek: {
          week: string;
          days: { date: string; weekday: string; sessions: { kind: string; status: string }[] }[];
        };
      }>(staff, offeringWeekQuery, { offeringId, week: '2027-W03' });
      const week = response.data!.offeringWeek;
      expect(week.week).toBe('2027-W03');
      expect(
        week.days.map((day) => [day.date, day.weekday, day.sessions.map((s) => s.kind)]),
      ).toEqual([
        ['2027-01-18', 'MONDAY', ['GROUP_MEETING', 'INDIVIDUAL_TASKS']],
        ['2027-01-19', 'TUESDAY', ['LECTURE', 'JOB_SEARCH']],
        ['2027-01-20', 'WEDNESDAY', ['INDIVIDUAL_TASKS']],
        ['2027-01-21', 'THURSDAY', ['GROUP_MEETING']],
        ['2027-01-22', 'FRIDAY', ['FOLLOW_UP_MEETING', 'JOB_SEARCH']],
        ['2027-01-23', 'SATURDAY', []],
        ['2027-01-24', 'SUNDAY', []],
      ]);
      expect(week.days[1]!.sessions[0]).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'LEADER_UNAVAILABLE',
      });
    });

    it('shows a week without sessions as seven empty days', async () => {
      const offeringId = await newOffering();
      await scheduleSessions(subgraph, staff, offeringId, aJobbforumWeek());
      const response = await subgraph.call<{
        offeringWeek: { days: { date: string; sessions: unknown[] }[] };
      }>(officer, offeringWeekQuery, { offeringId, week: '2027-W10' });
      expect(response.data!.offeringWeek.days.map((day) => day.date)).toEqual([
        '2027-03-08',
        '2027-03-09',
        '2027-03-10',
        '2027-03-11',
        '2027-03-12',
        '2027-03-13',
        '2027-03-14',
      ]);
      expect(response.data!.offeringWeek.days.every((day) => day.sessions.length === 0)).toBe(true);
    });

    it.each(['2027-W54', '2027-W00', '2027-3', 'vecka 3'])(
      'refuses the week %s naming the field',
      async (week) => {
        const response = await subgraph.call(officer, offeringWeekQuery, {
          offeringId: randomUUID(),
          week,
        });
        expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'week' });
        expect(JSON.stringify(response)).not.toContain(`"${week}"`);
      },
    );

    it('lists an offering’s sessions in a window of Swedish days, and refuses a window over 92 days', async () => {
      const offeringId = await newOffering();
      await scheduleSessions(subgraph, staff, offeringId, aJobbforumWeek());
      const response = await subgraph.call<{
        offering: { sessions: { date: string }[] };
      }>(officer, sessionsWindow, { id: offeringId, from: '2027-01-19', to: '2027-01-20' });
      expect(response.data!.offering.sessions.map((s) => s.date)).toEqual([
        '2027-01-19',
        '2027-01-19',
        '2027-01-20',
      ]);
      const tooLong = await subgraph.call(officer, sessionsWindow, {
        id: offeringId,
        from: '2027-01-01',
        to: '2027-04-03',
      });
      expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('loads the sessions of many offerings with one SQL statement', async () => {
      const ids = [await newOffering(), await newOffering(), await newOffering()];
      for (const [index, id] of ids.entries()) {
        await scheduleSessions(subgraph, staff, id, [
          aSession('2027-01-18'),
          aSession(`2027-01-2${index}`, { kind: 'LECTURE' }),
        ]);
      }
      const query = jest.spyOn(subgraph.app.get(DataSource), 'query');
      const response = await subgraph.call<{
        _entities: { id: string; sessions: { kind: string }[] }[];
      }>(
        staff,
        `query E($r: [_Any!]!) { _entities(representations: $r) {
           ... on Offering { id sessions(from: "2027-01-18", to: "2027-01-24") { kind } } } }`,
        { r: ids.map((id) => ({ __typename: 'Offering', id })) },
      );
      const sessionQueries = query.mock.calls.filter(([sql]) => /JOIN session s/.test(String(sql)));
      query.mockRestore();
      expect(sessionQueries).toHaveLength(1);
      expect(response.data!._entities.map((o) => o.sessions.map((s) => s.kind))).toEqual([
        ['GROUP_MEETING', 'LECTURE'],
        ['GROUP_MEETING', 'LECTURE'],
        ['GROUP_MEETING', 'LECTURE'],
      ]);
    });
  });

  describe('every mutation under >= 1000 generated bad inputs: 0 server errors, nothing written', () => {
    // Not a time, or a time the offering (11 January–2 April 2027) cannot have.
    const badTime = fc.oneof(
      hostileString(),
      fc.constantFrom(
        '2027-01-18T09:00',
        '2027-02-30T09:00+01:00',
        '2027-01-18T24:00+01:00',
        '2027-04-05T09:00+02:00',
        '2026-12-31T09:00+01:00',
        '2027-01-18 09:00+01:00',
      ),
    );
    const badText = (max: number) =>
      fc.oneof(hostileString(), fc.constant('x'.repeat(max + 1))).filter((value) => {
        const trimmed = value.normalize('NFC').trim();
        return (
          trimmed.length === 0 ||
          trimmed.length > max ||
          /\p{C}/u.test(trimmed) ||
          !/\p{L}/u.test(trimmed)
        );
      });
    const badPlan = oneFieldBroken(aSession('2027-01-18'), {
      kind: hostileString(),
      startsAt: fc.oneof(badTime, fc.constant('2027-01-18T11:00+01:00')),
      endsAt: fc.oneof(
        badTime,
        fc.constantFrom(
          '2027-01-18T08:59+01:00',
          '2027-01-18T09:00+01:00',
          '2027-01-19T09:30+01:00',
        ),
      ),
      room: badText(100),
      leader: badText(200),
    }).map(({ input }) => input);

    it('scheduleSessions', async () => {
      const offeringId = await newOffering();
      const valid = { offeringId, sessions: [aSession('2027-01-18')] };
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(staff, scheduleSessionsMutation, { input }),
        inputs: oneFieldBroken(valid, {
          offeringId: hostileString(),
          sessions: fc.oneof(
            badPlan.map((plan) => [plan]),
            badPlan.map((plan) => [aSession('2027-01-19'), plan]),
            fc.constant([]),
            fc.constant(Array.from({ length: 51 }, () => aSession('2027-01-18'))),
          ),
        }),
        traces,
      });
    });

    it('rescheduleSession', async () => {
      const offeringId = await newOffering();
      const [session] = await scheduleSessions(subgraph, staff, offeringId, [
        aSession('2027-01-18'),
      ]);
      const { startsAt, endsAt } = aSession('2027-01-18');
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(staff, rescheduleSessionMutation, { input }),
        inputs: oneFieldBroken(
          { sessionId: session!.id, startsAt, endsAt, room: 'Sal 4', leader: 'Eva Ek' },
          {
            sessionId: fc.oneof(hostileString(), fc.constant(randomUUID())),
            startsAt: fc.oneof(badTime, fc.constant('2027-01-18T11:00+01:00')),
            endsAt: fc.oneof(badTime, fc.constant('2027-01-18T08:00+01:00')),
            room: badText(100),
            leader: badText(200),
          },
        ),
        traces,
      });
    });

    it('cancelSession', async () => {
      const offeringId = await newOffering();
      const [session, cancelled] = await scheduleSessions(subgraph, staff, offeringId, [
        aSession('2027-01-18'),
        aSession('2027-01-19'),
      ]);
      await subgraph.call(staff, cancelSessionMutation, {
        input: { sessionId: cancelled!.id, reason: 'OTHER' },
      });
      await assertEveryBadInputRefused({
        send: ({ input }) => subgraph.call(staff, cancelSessionMutation, { input }),
        inputs: oneFieldBroken(
          { sessionId: session!.id, reason: 'ROOM_UNAVAILABLE' },
          {
            sessionId: fc.oneof(
              hostileString(),
              fc.constant(randomUUID()),
              fc.constant(cancelled!.id),
            ),
            reason: fc.oneof(hostileString(), fc.constant('room_unavailable')),
          },
        ),
        traces,
      });
    });
  });
});
