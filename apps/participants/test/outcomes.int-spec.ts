import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { type CallerIdentity, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant, KafkaProbe } from '@jobbnatet/testing';
import { DataSource } from 'typeorm';
import { addDays, addMonths } from '../src/outcomes/date-rules';
import {
  daysFromToday,
  employ,
  monthsFromToday,
  recordActivitySupportMutation,
  recordEmploymentMutation,
  recordExitMutation,
  refusalOf,
  today,
  written,
  anEmployment,
} from './support/outcomes';
import { register, startParticipants, uniqueName } from './support/participants';

const office = 'af-sodertalje';

/** Outcomes of a case through the real subgraph, PostgreSQL and Kafka. */
describe('employment outcomes, retention checks, exit and activity support', () => {
  let participants: Subgraph;
  let probe: KafkaProbe;

  /** A participant of Södertälje's office, resident in Södertälje (0181), and its officer. */
  async function aCase(officer: CallerIdentity = callers.officer(office)) {
    const { id } = await register(
      participants,
      officer,
      aParticipant().named(uniqueName()).atOffice(office).build(),
    );
    return { id, officer };
  }

  /** The event of `type` for `participantId`, as it reached the broker. */
  async function eventOf(participantId: string, type: string) {
    const message = await probe.waitFor(
      (m) => m.key === participantId && m.value!.toString().includes(`"type":"${type}"`),
    );
    return JSON.parse(message.value!.toString()) as { type: string; data: Record<string, unknown> };
  }

  async function participantView(caller: CallerIdentity, id: string, fields: string) {
    const response = await participants.call<{ participant: Record<string, unknown> | null }>(
      caller,
      `query P($id: ID!) { participant(id: $id) { id ${fields} } }`,
      { id },
    );
    return response.data?.participant ?? null;
  }

  beforeAll(async () => {
    participants = await startParticipants();
    probe = await KafkaProbe.start([topics.participants]);
  });

  afterAll(async () => {
    await probe?.stop();
    await participants?.stop({ dropDatabase: true });
  });

  /** Each non-responsible caller gets the answer its reach implies, and nothing is written. */
  const strangers = (): [string, CallerIdentity, string][] => [
    ['an officer of another office', callers.officer('af-solna'), 'NOT_FOUND'],
    ['a case worker of another municipality', callers.caseWorker('0184'), 'NOT_FOUND'],
    ['a case worker of the home municipality', callers.caseWorker('0181'), 'FORBIDDEN'],
    ['an admin', callers.admin(), 'FORBIDDEN'],
    ['an analyst', callers.analyst(), 'NOT_FOUND'],
  ];

  describe('recording an employment', () => {
    it('records a job, schedules checks 3, 6 and 12 months on and makes the participant EMPLOYED', async () => {
      const { id, officer } = await aCase();
      const contact = randomUUID();
      const startDate = '2025-08-31';
      const job = await employ(participants, officer, id, {
        startDate,
        form: 'SUBSIDISED',
        subsidyKind: 'NYSTARTSJOBB',
        hoursPerWeek: 37.5,
        acquired: true,
        acquiredThroughContactId: contact,
      });
      expect(job).toMatchObject({
        countsAsWork: true,
        form: 'SUBSIDISED',
        subsidyKind: 'NYSTARTSJOBB',
        acquiredThroughContactId: contact,
        hoursPerWeek: 37.5,
        endDate: null,
      });
      expect(job.retentionChecks.map((c) => [c.monthsAfterStart, c.dueOn])).toEqual([
        [3, '2025-11-30'],
        [6, '2026-02-28'],
        [12, '2026-08-31'],
      ]);
      expect(
        await participantView(officer, id, 'status employments { id employer { id } }'),
      ).toEqual({
        id,
        status: 'EMPLOYED',
        employments: [{ id: job.id, employer: { id: expect.any(String) } }],
      });
    });

    it('publishes participant.employed with ids, codes, dates and hours only', async () => {
      const { id, officer } = await aCase();
      const job = await employ(participants, officer, id, { endDate: monthsFromToday(6) });
      const event = await eventOf(id, 'participant.employed');
      expect(event.data).toEqual({
        participantId: id,
        outcomeId: job.id,
        employerId: expect.any(String),
        form: 'UNSUBSIDISED_PERMANENT',
        subsidyKind: null,
        startDate: job.startDate,
        endDate: monthsFromToday(6),
        hoursPerWeek: 40,
        acquired: false,
        acquiredThroughContactId: null,
        countsAsWork: true,
        officeId: office,
        recordedBy: officer.userId,
      });
    });

    it('keeps a municipal labour-market job without counting it as work or changing the status', async () => {
      const { id, officer } = await aCase();
      const job = await employ(participants, officer, id, { form: 'MUNICIPAL_LABOUR_MARKET' });
      expect(job.countsAsWork).toBe(false);
      expect(job.retentionChecks).toHaveLength(3);
      expect(await participantView(officer, id, 'status')).toMatchObject({ status: 'REGISTERED' });
    });

    it('does not count a job shorter than a month', async () => {
      const { id, officer } = await aCase();
      const start = daysFromToday(-60);
      const job = await employ(participants, officer, id, {
        form: 'UNSUBSIDISED_FIXED_TERM',
        startDate: start,
        endDate: addDays(addMonths(start, 1), -2),
      });
      expect(job.countsAsWork).toBe(false);
    });

    it.each(strangers())('refuses %s, writing nothing', async (_who, stranger, code) => {
      const { id } = await aCase();
      const before = await written(participants, id);
      const response = await participants.call(stranger, recordEmploymentMutation, {
        input: anEmployment(id),
      });
      expect(refusalOf(response).code).toBe(code);
      expect(response.data).toBeNull();
      expect(await written(participants, id)).toEqual(before);
    });

    it('answers another office’s participant exactly as a missing one', async () => {
      const { id } = await aCase();
      const stranger = callers.officer('af-solna');
      const foreign = await participants.call(stranger, recordEmploymentMutation, {
        input: anEmployment(id),
      });
      const missing = await participants.call(stranger, recordEmploymentMutation, {
        input: anEmployment(randomUUID()),
      });
      expect(foreign).toEqual(missing);
    });

    it.each([
      [{ form: 'SUBSIDISED' }, 'subsidyKind'],
      [{ subsidyKind: 'LONEBIDRAG' }, 'subsidyKind'],
      [{ acquired: true }, 'acquiredThroughContactId'],
      [{ endDate: daysFromToday(-365) }, 'endDate'],
      [{ hoursPerWeek: 61 }, 'hoursPerWeek'],
      [{ startDate: '2025-02-29' }, 'startDate'],
    ])('refuses %j naming %s, writing nothing', async (overrides, field) => {
      const { id, officer } = await aCase();
      const response = await participants.call(officer, recordEmploymentMutation, {
        input: anEmployment(id, overrides),
      });
      expect(refusalOf(response)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'PARTICIPANT.INVALID_INPUT',
        field,
      });
      expect(await written(participants, id)).toMatchObject({ employments: 0, events: 1 });
    });
  });

  describe('exit', () => {
    it('records the exit once, sets EXITED and publishes participant.exited', async () => {
      const { id, officer } = await aCase();
      const input = { participantId: id, exitedOn: today(), reason: 'STUDIES' };
      const response = await participants.call(officer, recordExitMutation, { input });
      expect(response.data).toEqual({
        recordExit: { id, status: 'EXITED', exit: { exitedOn: today(), reason: 'STUDIES' } },
      });
      expect((await eventOf(id, 'participant.exited')).data).toEqual({
        participantId: id,
        exitedOn: today(),
        reason: 'STUDIES',
        recordedBy: officer.userId,
      });
      const again = await participants.call(officer, recordExitMutation, {
        input: { ...input, reason: 'MOVED' },
      });
      expect(refusalOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'PARTICIPANT.EXITED' });
      expect(await participantView(officer, id, 'exit { reason }')).toMatchObject({
        exit: { reason: 'STUDIES' },
      });
    });

    it('keeps an exited participant EXITED when a later job is recorded', async () => {
      const { id, officer } = await aCase();
      await participants.call(officer, recordExitMutation, {
        input: { participantId: id, exitedOn: today(), reason: 'OTHER' },
      });
      await employ(participants, officer, id);
      expect(await participantView(officer, id, 'status')).toMatchObject({ status: 'EXITED' });
    });

    it('refuses a day still to come, naming exitedOn', async () => {
      const { id, officer } = await aCase();
      const response = await participants.call(officer, recordExitMutation, {
        input: { participantId: id, exitedOn: daysFromToday(2), reason: 'MOVED' },
      });
      expect(refusalOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exitedOn' });
      expect(await written(participants, id)).toMatchObject({ exits: 0, events: 1 });
    });

    it.each(strangers())('refuses %s, writing nothing', async (_who, stranger, code) => {
      const { id } = await aCase();
      const before = await written(participants, id);
      const response = await participants.call(stranger, recordExitMutation, {
        input: { participantId: id, exitedOn: today(), reason: 'MOVED' },
      });
      expect(refusalOf(response).code).toBe(code);
      expect(await written(participants, id)).toEqual(before);
    });
  });

  describe('activity-support periods', () => {
    const support = (
      caller: CallerIdentity,
      participantId: string,
      fromDate: string,
      toDate: string,
      dailyAmount = 365.5,
    ) =>
      participants.call<{ recordActivitySupport: { id: string } }>(
        caller,
        recordActivitySupportMutation,
        { input: { participantId, fromDate, toDate, dailyAmount } },
      );

    it('records periods, publishes each and sums the cost over a window', async () => {
      const { id, officer } = await aCase();
      const first = await support(officer, id, '2025-01-01', '2025-01-31', 365.5);
      expect(first.data?.recordActivitySupport).toMatchObject({ dailyAmount: 365.5 });
      await support(officer, id, '2025-02-01', '2025-02-28', 100.25);
      expect((await eventOf(id, 'participant.activity-support-recorded')).data).toEqual({
        participantId: id,
        periodId: first.data!.recordActivitySupport.id,
        fromDate: '2025-01-01',
        toDate: '2025-01-31',
        dailyAmount: 365.5,
        recordedBy: officer.userId,
      });
      expect(
        await participantView(
          officer,
          id,
          'activitySupportPeriods { fromDate dailyAmount } activitySupportCost(from: "2025-01-22", to: "2025-02-10")',
        ),
      ).toMatchObject({
        activitySupportPeriods: [
          { fromDate: '2025-01-01', dailyAmount: 365.5 },
          { fromDate: '2025-02-01', dailyAmount: 100.25 },
        ],
        activitySupportCost: 10 * 365.5 + 10 * 100.25,
      });
    });

    it('refuses a period overlapping another by a day, and the database refuses it too', async () => {
      const { id, officer } = await aCase();
      await support(officer, id, '2025-03-01', '2025-03-31');
      const overlapping = await support(officer, id, '2025-03-31', '2025-04-30');
      expect(refusalOf(overlapping)).toMatchObject({
        code: 'CONFLICT',
        reason: 'PARTICIPANT.SUPPORT_PERIOD_OVERLAPS',
      });
      expect((await support(officer, id, '2025-04-01', '2025-04-30')).errors).toBeUndefined();
      await expect(
        participants.sql(
          `INSERT INTO activity_support_period (id, participant_id, from_date, to_date, daily_amount, recorded_by, recorded_at)
           VALUES ($1, $2, '2025-04-15', '2025-05-15', 1, $3, now())`,
          [randomUUID(), id, officer.userId],
        ),
      ).rejects.toThrow(/activity_support_period_no_overlap/);
      expect(await written(participants, id)).toMatchObject({ periods: 2, events: 3 });
    });

    it('refuses an amount with more than two decimals or above 10 000, naming dailyAmount', async () => {
      const { id, officer } = await aCase();
      for (const amount of [10.005, 10_000.01, -1]) {
        expect(
          refusalOf(await support(officer, id, '2025-01-01', '2025-01-02', amount)),
        ).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'dailyAmount',
        });
      }
      expect(await written(participants, id)).toMatchObject({ periods: 0, events: 1 });
    });

    it.each(strangers())('refuses %s, writing nothing', async (_who, stranger, code) => {
      const { id } = await aCase();
      const before = await written(participants, id);
      expect(refusalOf(await support(stranger, id, '2025-01-01', '2025-01-31')).code).toBe(code);
      expect(await written(participants, id)).toEqual(before);
    });
  });

  describe('what others see of outcomes', () => {
    it('shows a case worker without consent no outcome at all, only id and pseudonym', async () => {
      const { id, officer } = await aCase();
      await employ(participants, officer, id);
      expect(
        await participantView(
          callers.caseWorker('0181'),
          id,
          'pseudonym employments { id } retentionChecks { id } exit { reason } activitySupportPeriods { id }',
        ),
      ).toEqual({
        id,
        pseudonym: expect.stringMatching(/^D-/),
        employments: null,
        retentionChecks: null,
        exit: null,
        activitySupportPeriods: null,
      });
    });

    it('writes the officer’s read of outcomes to the access log', async () => {
      const { id, officer } = await aCase();
      await employ(participants, officer, id);
      const reader = callers.officer(office);
      await participantView(reader, id, 'employments { id } retentionChecks { id }');
      const entries = await participants.sql<{ fields: string[]; purpose: string }>(
        'SELECT fields, purpose FROM access_log WHERE participant_id = $1 AND user_id = $2',
        [id, reader.userId],
      );
      expect(entries).toEqual([
        {
          fields: expect.arrayContaining(['employments', 'retentionChecks']),
          purpose: 'CASE_MANAGEMENT',
        },
      ]);
    });

    it('lists 100 participants with their employments in one statement against employment', async () => {
      const officer = callers.officer('af-solna');
      const ids: string[] = [];
      for (let n = 0; n < 100; n++) {
        const { id } = await register(
          participants,
          officer,
          aParticipant().named(uniqueName()).atOffice('af-solna').livingIn('0184').build(),
        );
        ids.push(id);
      }
      await employ(participants, officer, ids[0]!);
      await employ(participants, officer, ids[99]!);
      const logger = participants.app.get(DataSource).logger;
      const logQuery = jest.spyOn(logger, 'logQuery');
      try {
        const response = await participants.call<{
          participants: { edges: { node: { id: string; employments: unknown[] } }[] };
        }>(
          officer,
          `{ participants(first: 100, filter: { officeId: "af-solna" }) { edges { node { id employments { id } } } } }`,
        );
        const nodes = response.data!.participants.edges.map((edge) => edge.node);
        expect(nodes).toHaveLength(100);
        expect(nodes.filter((node) => node.employments.length === 1)).toHaveLength(2);
        const statements = logQuery.mock.calls.map(([sql]) => sql);
        expect(statements.filter((sql) => /\bFROM employment\b/.test(sql))).toHaveLength(1);
      } finally {
        logQuery.mockRestore();
      }
    });
  });
});
