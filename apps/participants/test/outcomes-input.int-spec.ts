import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  aParticipant,
  assertEveryBadInputRefused,
  hostileDate,
  hostileNumber,
  hostileString,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { validateActivitySupport } from '../src/outcomes/activity-support-rules';
import { addDays } from '../src/outcomes/date-rules';
import { type EmploymentInput, validateEmployment } from '../src/outcomes/employment-rules';
import {
  anEmployment,
  daysFromToday,
  employ,
  recordActivitySupportMutation,
  recordEmploymentMutation,
  recordExitMutation,
  recordRetentionCheckMutation,
  today,
} from './support/outcomes';
import { register, startParticipants, uniqueName } from './support/participants';

const officer = callers.officer('af-sodertalje');

const accepts = (check: () => unknown): boolean => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};

/** A value of the wrong type for any field: GraphQL refuses it before the service sees it. */
const wrongType = fc.constantFrom<unknown>(null, 42, -1.5, 'forty', true, {}, [], [1]);
const notAnId = hostileString().filter(
  (s) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
);
const badDate = fc.oneof(
  hostileDate(),
  hostileString(),
  fc.constantFrom('1999-12-31', '2100-01-01', '2025-1-01', '2025-02-29 ', 'T2025-01-01'),
);
const badAmount = fc.oneof(
  hostileNumber(),
  fc.double({ noNaN: true, max: -0.01 }),
  fc.double({ noNaN: true, min: 10_000.01 }),
  fc.integer({ min: 1, max: 999_999 }).map((n) => n / 1000),
);

/** Bad input at every outcome mutation: only typed client errors, and nothing written. */
describe('outcome mutations under generated bad input', () => {
  let participants: Subgraph;
  let participantId: string;

  const totals = async () =>
    (
      await participants.sql<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM employment) AS employments,
           (SELECT count(*)::int FROM retention_check) AS checks,
           (SELECT count(*)::int FROM retention_check WHERE result IS NOT NULL) AS checked,
           (SELECT count(*)::int FROM activity_support_period) AS periods,
           (SELECT count(*)::int FROM participant WHERE exited_on IS NOT NULL) AS exits,
           (SELECT coalesce(sum(last_sequence), 0)::int FROM outbox_subject_sequence) AS events`,
      )
    )[0]!;

  /** Everything a write would leave, as one number that must not move. */
  const traces = async () => Object.values(await totals()).reduce((sum, n) => sum + n, 0);

  const send = (mutation: string) => (input: unknown) =>
    participants.call<unknown>(officer, mutation, { input });

  beforeAll(async () => {
    participants = await startParticipants();
    ({ id: participantId } = await register(
      participants,
      officer,
      aParticipant().named(uniqueName()).build(),
    ));
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  it('refuses 1000 bad employment outcomes', async () => {
    const field = fc.oneof(
      fc.record({ employerId: fc.oneof(notAnId, wrongType) }),
      fc.record({ startDate: fc.oneof(badDate, wrongType) }),
      fc.record({ endDate: fc.oneof(badDate, fc.constant(daysFromToday(-400))) }),
      fc.record({ hoursPerWeek: fc.oneof(hostileNumber(), fc.double({ noNaN: true }), wrongType) }),
      fc.record({ form: fc.oneof(hostileString(), wrongType) }),
      fc.record({ subsidyKind: fc.constantFrom('NYSTARTSJOBB', 'LONEBIDRAG') }),
      fc.record({ form: fc.constant('SUBSIDISED'), subsidyKind: fc.constant(null) }),
      fc.record({
        acquired: fc.constant(true),
        acquiredThroughContactId: fc.oneof(notAnId, fc.constant(null)),
      }),
      fc.record({
        acquired: fc.constant(false),
        acquiredThroughContactId: fc.constant(randomUUID()),
      }),
      fc.record({ acquired: wrongType }),
      fc.record({ participantId: fc.oneof(notAnId, fc.constant(randomUUID()), wrongType) }),
    );
    await assertEveryBadInputRefused({
      send: send(recordEmploymentMutation),
      // Only inputs the rules refuse; a well-formed one for a participant you do not reach too.
      inputs: field
        .map((overrides) => ({ overrides, input: anEmployment(participantId, overrides) }))
        .filter(
          ({ overrides, input }) =>
            'participantId' in overrides ||
            !accepts(() => validateEmployment(input as unknown as EmploymentInput)),
        )
        .map(({ input }) => input),
      traces,
    });
  });

  it('refuses 1000 bad retention checks', async () => {
    const job = await employ(participants, officer, participantId, {
      startDate: daysFromToday(-30),
    });
    const checkId = job.retentionChecks[0]!.id;
    const input = fc.oneof(
      fc.record({ checkId: fc.oneof(notAnId, fc.constant(randomUUID()), wrongType) }),
      fc.record({ checkedOn: fc.oneof(badDate, wrongType) }),
      fc.record({
        checkedOn: fc
          .integer({ min: 1, max: 5000 })
          .map((days) => addDays(daysFromToday(-30), -days)),
      }),
      fc.record({
        checkedOn: fc.integer({ min: 1, max: 5000 }).map((days) => addDays(today(), days)),
      }),
      fc.record({ result: fc.oneof(hostileString(), wrongType) }),
    );
    await assertEveryBadInputRefused({
      send: send(recordRetentionCheckMutation),
      inputs: input.map((overrides) => ({
        checkId,
        result: 'STILL_EMPLOYED',
        checkedOn: today(),
        ...overrides,
      })),
      traces,
    });
  });

  it('refuses 1000 bad exits', async () => {
    const input = fc.oneof(
      fc.record({ participantId: fc.oneof(notAnId, fc.constant(randomUUID()), wrongType) }),
      fc.record({ exitedOn: fc.oneof(badDate, wrongType) }),
      fc.record({
        exitedOn: fc.integer({ min: 1, max: 20_000 }).map((days) => addDays(today(), days)),
      }),
      fc.record({ reason: fc.oneof(hostileString(), wrongType) }),
    );
    await assertEveryBadInputRefused({
      send: send(recordExitMutation),
      inputs: input.map((overrides) => ({
        participantId,
        exitedOn: today(),
        reason: 'MOVED',
        ...overrides,
      })),
      traces,
    });
  });

  it('refuses 1000 bad activity-support periods, overlapping ones included', async () => {
    const recorded = await participants.call(officer, recordActivitySupportMutation, {
      input: { participantId, fromDate: '2025-03-01', toDate: '2025-03-31', dailyAmount: 320 },
    });
    expect(recorded.errors).toBeUndefined();
    const marchDay = fc.integer({ min: 0, max: 30 }).map((n) => addDays('2025-03-01', n));
    const input = fc.oneof(
      fc.record({ participantId: fc.oneof(notAnId, fc.constant(randomUUID()), wrongType) }),
      fc.record({ fromDate: fc.oneof(badDate, wrongType) }),
      fc.record({ toDate: fc.oneof(badDate, wrongType) }),
      fc.record({ fromDate: fc.constant('2026-06-02'), toDate: fc.constant('2026-06-01') }),
      fc.record({ dailyAmount: fc.oneof(badAmount, wrongType) }),
      fc.tuple(marchDay, fc.integer({ min: 0, max: 60 })).map(([day, length]) => ({
        fromDate: addDays(day, -length),
        toDate: addDays(day, length),
      })),
    );
    await assertEveryBadInputRefused({
      send: send(recordActivitySupportMutation),
      inputs: input
        .map((overrides) => ({
          overrides,
          period: {
            participantId,
            fromDate: '2026-06-01',
            toDate: '2026-06-30',
            dailyAmount: 100,
            ...overrides,
          },
        }))
        // Refused by the rules, by the overlap with March, or for a participant you do not reach.
        .filter(
          ({ overrides, period }) =>
            (String(period.fromDate) <= '2025-03-31' && String(period.toDate) >= '2025-03-01') ||
            'participantId' in overrides ||
            !accepts(() => validateActivitySupport(period as never)),
        )
        .map(({ period }) => period),
      traces,
    });
  });
});
