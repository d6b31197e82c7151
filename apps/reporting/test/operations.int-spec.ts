import { randomUUID } from 'node:crypto';
import {
  followUpRecordedV1,
  participantEmployedV1,
  participantRetentionCheckedV1,
  rolloutOfficeJoinedV1,
  templateAppliedV1,
  topics,
  trackCancelledV1,
  trackCreatedV1,
  trackPhaseChangedV1,
} from '@jobbnatet/contracts';
import { callers, Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually, KafkaTestProducer } from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { reportingConfig } from '../src/config';
import { envelope, recorder } from './support/events';

const operationsQuery = `query O($filter: OperationsFilter) { operations(filter: $filter) {
  asOf retentionGraceDays
  offices { officeId overdueFollowUps overdueRetentionChecks tracksByPhase { phase tracks } }
} }`;

interface OfficeAnswer {
  officeId: string;
  overdueFollowUps: number;
  overdueRetentionChecks: number;
  tracksByPhase: { phase: string; tracks: number }[];
}

/** Overdue is counted on a fixed day, never the clock's. */
const asOf = '2026-06-30';
const byPhase = (counts: Record<string, number>) =>
  ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING', 'CLOSED', 'CANCELLED'].map((phase) => ({
    phase,
    tracks: counts[phase] ?? 0,
  }));

describe('the operations read model, fed through the real broker', () => {
  const run = randomUUID().slice(0, 8);
  const a = `af-o${run}-a`;
  const b = `af-o${run}-b`;
  const leader = randomUUID();
  let subgraph: Subgraph;
  let producer: KafkaTestProducer;

  const created = (trackId: string, officeIds: string[]) =>
    envelope(trackCreatedV1, trackId, {
      trackId,
      agreementId: randomUUID(),
      previousRoundId: null,
      round: 1,
      municipalityCodes: ['0181'],
      officeIds,
      employerIds: [randomUUID()],
      competenceNeedIds: [],
      competenceProfileId: null,
      providerIds: [],
      targetParticipants: 10,
      phase: 'PLANNING',
      plannedStart: '2026-02-01',
      plannedEnd: '2026-12-31',
      createdAt: '2026-01-15T09:00:00.000Z',
      createdBy: recorder,
    });
  const phase = (
    trackId: string,
    version: number,
    from: 'PLANNING' | 'RECRUITMENT',
    to: 'RECRUITMENT' | 'IMPLEMENTATION',
    day: string,
  ) =>
    envelope(trackPhaseChangedV1, trackId, {
      trackId,
      from,
      to,
      version,
      changedAt: `${day}T09:00:00.000Z`,
      changedBy: recorder,
    });
  const implementing = (trackId: string, since: string) => [
    phase(trackId, 2, 'PLANNING', 'RECRUITMENT', '2026-02-01'),
    phase(trackId, 3, 'RECRUITMENT', 'IMPLEMENTATION', since),
  ];
  const everyDays = (trackId: string, days: number) =>
    envelope(templateAppliedV1, trackId, {
      trackId,
      templateCode: 'JOBBNATET_STANDARD',
      stepIds: [],
      followUpEveryDays: days,
      appliedAt: '2026-01-20T09:00:00.000Z',
      appliedBy: recorder,
    });
  const heldOn = (trackId: string, day: string) =>
    envelope(followUpRecordedV1, trackId, {
      trackId,
      followUpId: randomUUID(),
      dueDate: null,
      heldOn: day,
      quality: 'WORKING_WELL',
      transitions: 'SMOOTH',
      participantIds: [randomUUID()],
      employerIds: [],
      recordedAt: `${day}T15:00:00.000Z`,
      recordedBy: recorder,
    });
  const employed = (officeId: string, startDate: string, countsAsWork = true) => {
    const participantId = randomUUID();
    return envelope(participantEmployedV1, participantId, {
      participantId,
      outcomeId: randomUUID(),
      employerId: randomUUID(),
      form: countsAsWork ? 'UNSUBSIDISED_PERMANENT' : 'MUNICIPAL_LABOUR_MARKET',
      subsidyKind: null,
      startDate,
      endDate: null,
      hoursPerWeek: 40,
      acquired: false,
      acquiredThroughContactId: null,
      countsAsWork,
      officeId,
      recordedBy: recorder,
    });
  };
  const checked = (job: ReturnType<typeof employed>, months: 3 | 6 | 12) =>
    envelope(participantRetentionCheckedV1, job.data.participantId, {
      participantId: job.data.participantId,
      outcomeId: job.data.outcomeId,
      checkId: randomUUID(),
      monthsAfterStart: months,
      result: 'UNKNOWN',
      checkedOn: '2026-06-01',
      checkedBy: recorder,
    });

  async function operationsAs(
    caller: ReturnType<typeof callers.analyst>,
    officeId?: string,
  ): Promise<OfficeAnswer[]> {
    const answer = await subgraph.call<{ operations: { offices: OfficeAnswer[] } }>(
      caller,
      operationsQuery,
      { filter: { asOf, ...(officeId ? { officeId } : {}) } },
    );
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.operations.offices.filter((o) => o.officeId === a || o.officeId === b);
  }

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    producer = await KafkaTestProducer.start();
    // Office a: J1 from 30 Nov (3 months due 28 Feb, checked; 6 months due 30 May, overdue by
    // 30 June with 14 days' grace), J2 from 31 March (3 months due on asOf: not yet), J3 from 10
    // January (3 months overdue). Office b: J5 from 15 June 2025, 3 months checked (twice), 6
    // and 12 months (due 15 June, grace to 29 June) overdue. A municipal job is never due a check.
    const [j1, j2, j3, j5] = [
      employed(a, '2025-11-30'),
      employed(a, '2026-03-31'),
      employed(a, '2026-01-10'),
      employed(b, '2025-06-15'),
    ] as const;
    const j5checked = checked(j5, 3);
    await producer.publish(topics.participants, [
      checked(j1, 3), // before its job: the order across topics must not matter
      j1,
      j2,
      j3,
      employed(a, '2025-01-01', false),
      j5,
      j5checked,
      j5checked,
    ]);
    const [t1, t2, t3, t4, t5] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    const t4recruiting = phase(t4, 2, 'PLANNING', 'RECRUITMENT', '2026-03-01');
    await producer.publish(topics.jobTracks, [
      // T1 at a: implementing since 1 May, every 14 days, last held 1 June: overdue since 16 June.
      created(t1, [a]),
      ...implementing(t1, '2026-05-01'),
      everyDays(t1, 14),
      heldOn(t1, '2026-06-01'),
      // T2 at a and b: implementing since 20 June, every 14 days: next due 4 July.
      created(t2, [a, b]),
      ...implementing(t2, '2026-06-20'),
      everyDays(t2, 14),
      // T3 at a: cancelled while planning.
      created(t3, [a]),
      envelope(trackCancelledV1, t3, {
        trackId: t3,
        phase: 'PLANNING',
        reasonCode: 'NO_EMPLOYER_NEED',
        cancelledAt: '2026-02-10T09:00:00.000Z',
        cancelledBy: recorder,
      }),
      // T4 at b: recruiting (the change delivered twice).
      created(t4, [b]),
      t4recruiting,
      t4recruiting,
      // T5 at b: implementing since April with no known interval: never counted overdue.
      created(t5, [b]),
      ...implementing(t5, '2026-04-01'),
      envelope(rolloutOfficeJoinedV1, a, {
        officeId: a,
        joinedOn: '2026-01-01',
        processLeaderIds: [leader],
        joinedAt: '2026-01-01T09:00:00.000Z',
        joinedBy: recorder,
      }),
    ]);
    await expectEventually(
      async () => {
        const offices = await operationsAs(callers.analyst());
        expect(offices.map((o) => o.overdueRetentionChecks)).toEqual([2, 2]);
        expect(offices.map((o) => o.tracksByPhase)).toEqual([
          byPhase({ IMPLEMENTATION: 2, CANCELLED: 1 }),
          byPhase({ RECRUITMENT: 1, IMPLEMENTATION: 2 }),
        ]);
        expect(offices[0]?.overdueFollowUps).toBe(1);
        // Coach scope reads the adoption read model, whose group applies the rollout at its own pace.
        const coaching = await operationsAs({ ...callers.processLeader(), userId: leader });
        expect(coaching.map((o) => o.officeId)).toEqual([a]);
      },
      { timeoutMs: 30_000 },
    );
  });

  afterAll(async () => {
    await producer?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('counts overdue work and tracks per phase per office exactly, each event once', async () => {
    expect(await operationsAs(callers.analyst())).toEqual([
      {
        officeId: a,
        overdueFollowUps: 1,
        overdueRetentionChecks: 2,
        tracksByPhase: byPhase({ IMPLEMENTATION: 2, CANCELLED: 1 }),
      },
      {
        officeId: b,
        overdueFollowUps: 0,
        overdueRetentionChecks: 2,
        tracksByPhase: byPhase({ RECRUITMENT: 1, IMPLEMENTATION: 2 }),
      },
    ]);
  });

  it('says which day it counted on and the grace', async () => {
    const answer = await subgraph.call<{
      operations: { asOf: string; retentionGraceDays: number };
    }>(callers.analyst(), operationsQuery, { filter: { asOf, officeId: a } });
    expect(answer.data?.operations).toMatchObject({ asOf, retentionGraceDays: 14 });
  });

  it.each([
    ['an officer of a: office a only', () => callers.officer(a), [a]],
    ['an officer of b: office b only', () => callers.officer(b), [b]],
    [
      'the process leader coaching a: office a',
      () => ({ ...callers.processLeader(), userId: leader }),
      [a],
    ],
    ['another process leader: neither', () => callers.processLeader(), []],
    ['provider staff: neither', () => callers.providerStaff(), []],
  ])('shows %s', async (_who, caller, expected) => {
    expect((await operationsAs(caller())).map((o) => o.officeId)).toEqual(expected);
  });

  it('narrows to one office with the filter', async () => {
    expect((await operationsAs(callers.analyst(), b)).map((o) => o.officeId)).toEqual([b]);
  });

  it('refuses a malformed filter naming the field, never echoing it', async () => {
    for (const [field, value] of [
      ['asOf', '2026-13-01'],
      ['municipalityCode', '01<b>81'],
      ['officeId', 'X!'],
    ] as const) {
      const answer = await subgraph.call(callers.analyst(), operationsQuery, {
        filter: { [field]: value },
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(answer.errors)).not.toContain(value);
    }
  });
});
