import { randomUUID } from 'node:crypto';
import {
  enrolmentCompletedV1,
  enrolmentCreatedV1,
  enrolmentInterruptedV1,
  enrolmentStartedV1,
  participantActivitySupportRecordedV1,
  participantAdmittedV1,
  parseEvent,
  topics,
} from '@jobbnatet/contracts';
import { callers, Subgraph, testEnvelope as envelope } from '@jobbnatet/subgraph-testing';
import { expectEventually, KafkaProbe, KafkaTestProducer } from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { reportingConfig } from '../src/config';

const costsQuery = `query C($filter: CostsFilter) { costs(filter: $filter) {
  windowMonths participants { value suppressed }
  activitySupportPerPerson { value suppressed } interventionPerPerson { value suppressed }
  baseline { countyCode periodFrom periodTo windowMonths activitySupportPerPerson
    interventionPerPerson groupSize }
  activitySupportDifferencePerPerson { value suppressed }
  interventionDifferencePerPerson { value suppressed }
} }`;
const setBaseline = `mutation S($input: SetControlBaselineInput!) { setControlBaseline(input: $input) {
  id countyCode periodFrom periodTo windowMonths activitySupportPerPerson interventionPerPerson
  groupSize version setBy
} }`;
const listBaselines = `query L($countyCode: String) { controlBaselines(countyCode: $countyCode) {
  id windowMonths activitySupportPerPerson groupSize version
} }`;
const userId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';
const shown = <T>(value: T) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };

describe('the costs read model and control-group baselines, through the real broker', () => {
  const trackId = randomUUID();
  const people = Array.from({ length: 6 }, () => randomUUID()) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [p1, p2, p3, p4, p5] = people; // the sixth has no costs
  const cohort = { trackId, countyCode: '01', from: '2026-01-01', to: '2026-01-31' };
  let subgraph: Subgraph;
  let producer: KafkaTestProducer;
  let probe: KafkaProbe;

  const admitted = (participantId: string) =>
    envelope(participantAdmittedV1, trackId, {
      trackId,
      participantId,
      candidateId: randomUUID(),
      officeIds: ['af-sodertalje'],
      municipalityCodes: ['0181'],
      admittedOn: '2026-01-10',
      selectedByEmployerId: randomUUID(),
      admittedAt: '2026-01-10T09:00:00.000Z',
      admittedBy: userId,
    });
  const support = (participantId: string, fromDate: string, toDate: string, dailyAmount: number) =>
    envelope(participantActivitySupportRecordedV1, participantId, {
      participantId,
      periodId: randomUUID(),
      fromDate,
      toDate,
      dailyAmount,
      recordedBy: userId,
    });
  const enrolled = (participantId: string, plannedFrom: string, cost: string) => {
    const enrolmentId = randomUUID();
    const created = envelope(enrolmentCreatedV1, enrolmentId, {
      enrolmentId,
      offeringId: randomUUID(),
      participantId,
      typeCode: 'JOBBFORUM',
      providerId: randomUUID(),
      municipalityCode: '0181',
      officeId: 'af-sodertalje',
      enrollingMunicipalityCode: null,
      plannedFrom,
      plannedTo: '2026-12-31',
      costPerParticipant: cost,
      createdAt: '2026-01-11T09:00:00.000Z',
      createdBy: userId,
    });
    const common = { enrolmentId, offeringId: created.data.offeringId, participantId };
    const recorded = { recordedAt: '2026-03-02T09:00:00.000Z', recordedBy: userId };
    return {
      created,
      started: (startedOn: string) =>
        envelope(enrolmentStartedV1, enrolmentId, {
          ...common,
          startedOn,
          version: 2,
          ...recorded,
        }),
      interrupted: (from: 'PLANNED' | 'ONGOING') =>
        envelope(enrolmentInterruptedV1, enrolmentId, {
          ...common,
          from,
          reason: 'OTHER',
          interruptedOn: '2026-03-10',
          version: 3,
          ...recorded,
        }),
      completed: (costPerParticipant: string) =>
        envelope(enrolmentCompletedV1, enrolmentId, {
          ...common,
          completedOn: '2026-06-30',
          certificateIssued: true,
          costPerParticipant,
          version: 3,
          ...recorded,
        }),
    };
  };

  async function costsAs(caller: ReturnType<typeof callers.analyst>, filter: object = cohort) {
    const answer = await subgraph.call<{ costs: Record<string, unknown> }>(caller, costsQuery, {
      filter,
    });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.costs;
  }

  const baselineInput = {
    countyCode: '01',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    windowMonths: 18,
    activitySupportPerPerson: '43202.33',
    interventionPerPerson: '4000',
    groupSize: 412,
  };

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    producer = await KafkaTestProducer.start();
    probe = await KafkaProbe.start([topics.reporting]);
    // The window is [2026-01-10, 2027-07-10): 18 months from the admission.
    const firstPeriod = support(p1, '2026-01-01', '2026-01-31', 300); // 22 days: 6 600.00
    const e1 = enrolled(p1, '2026-02-01', '12500.50'); // counts: 12 500.50
    const e2 = enrolled(p2, '2026-03-01', '8000.00'); // cancelled before the start: 0
    const e3 = enrolled(p3, '2026-03-01', '8000.00'); // started, then interrupted: 8 000.00
    const e4 = enrolled(p4, '2027-08-01', '10000.00'); // after the window: 0
    const e5 = enrolled(p5, '2026-04-01', '6000.00'); // completed at 5 500.00
    // Support and enrolments before the admissions, on other topics: arrival order must not matter.
    await producer.publish(topics.participants, [
      firstPeriod,
      firstPeriod, // delivered twice: counts once
      support(p2, '2026-02-01', '2026-02-28', 250.5), // 28 days: 7 014.00
      support(p3, '2027-07-01', '2027-07-31', 400), // 9 days inside: 3 600.00
      support(p4, '2026-03-01', '2026-03-10', 100), // overlapping periods, summed as recorded:
      support(p4, '2026-03-06', '2026-03-15', 100), // 1 000.00 + 1 000.00
      support(p5, '2025-06-01', '2025-12-31', 500), // before the admission: 0
    ]);
    await producer.publish(topics.activities, [
      e1.created,
      e1.created,
      e2.created,
      e2.interrupted('PLANNED'),
      e3.created,
      e3.started('2026-03-02'),
      e3.interrupted('ONGOING'),
      e4.created,
      e5.created,
      e5.completed('5500.00'),
    ]);
    await producer.publish(topics.jobTracks, people.map(admitted));
    const baseline = await subgraph.call(callers.analyst(), setBaseline, {
      input: baselineInput,
    });
    expect(baseline.errors).toBeUndefined();
    // Support: 19 214.00 / 6; interventions: 26 000.50 / 6.
    await expectEventually(
      async () =>
        expect(await costsAs(callers.analyst())).toMatchObject({
          activitySupportPerPerson: shown('3202.33'),
          interventionPerPerson: shown('4333.42'),
        }),
      { timeoutMs: 30_000 },
    );
  });

  afterAll(async () => {
    await probe?.stop();
    await producer?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('gives exact costs per person over 18 months and the difference to the entered baseline', async () => {
    expect(await costsAs(callers.analyst())).toEqual({
      windowMonths: 18,
      participants: shown(6),
      activitySupportPerPerson: shown('3202.33'),
      interventionPerPerson: shown('4333.42'),
      baseline: {
        countyCode: '01',
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        windowMonths: 18,
        activitySupportPerPerson: '43202.33',
        interventionPerPerson: '4000.00',
        groupSize: 412,
      },
      activitySupportDifferencePerPerson: shown('-40000.00'),
      interventionDifferencePerPerson: shown('333.42'),
    });
  });

  it('applies each event once: a duplicate delivery adds no row', async () => {
    expect(
      await subgraph.sql(
        `SELECT (SELECT count(*)::int FROM cost_activity_support WHERE participant_id = $1) AS periods,
                (SELECT count(*)::int FROM cost_enrolment WHERE participant_id = $1) AS enrolments`,
        [p1],
      ),
    ).toEqual([{ periods: 1, enrolments: 1 }]);
  });

  it('measures over another window against no baseline of that window', async () => {
    // 6 months: [2026-01-10, 2026-07-10): p3's July support and nothing else drops out.
    expect(await costsAs(callers.analyst(), { ...cohort, windowMonths: 6 })).toMatchObject({
      windowMonths: 6,
      activitySupportPerPerson: shown('2602.33'),
      interventionPerPerson: shown('4333.42'),
      baseline: null,
      activitySupportDifferencePerPerson: null,
    });
  });

  it('withholds every figure for a caller whose scope holds fewer than the minimum group', async () => {
    expect(await costsAs(callers.officer('af-solna'))).toMatchObject({
      participants: withheld,
      activitySupportPerPerson: withheld,
      interventionPerPerson: withheld,
      activitySupportDifferencePerPerson: withheld,
    });
    expect((await costsAs(callers.officer('af-sodertalje'))).participants).toEqual(shown(6));
  });

  it('refuses a bad filter naming the field, never echoing it', async () => {
    for (const [field, value] of [
      ['windowMonths', 61],
      ['countyCode', '99<script>'],
      ['from', '2026-13-45<script>'],
    ] as const) {
      const answer = await subgraph.call(callers.analyst(), costsQuery, {
        filter: { ...cohort, [field]: value },
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(answer.errors)).not.toContain('<script>');
    }
  });

  describe('setControlBaseline', () => {
    const input = { ...baselineInput, countyCode: '12', windowMonths: 12 };
    const baselineRows = () =>
      subgraph.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM control_baseline WHERE county_code = '12'",
      );
    // Each event written leaves its subject's sequence row (outbox rows go once relayed).
    const eventsWritten = () =>
      subgraph.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM outbox_subject_sequence s JOIN control_baseline b ON b.id::text = s.subject',
      );

    it('lets an analyst enter one, and publishes control-baseline.set with no personal data', async () => {
      const analyst = callers.analyst();
      const answer = await subgraph.call<{ setControlBaseline: { id: string } }>(
        analyst,
        setBaseline,
        { input },
      );
      expect(answer.data?.setControlBaseline).toMatchObject({
        countyCode: '12',
        windowMonths: 12,
        activitySupportPerPerson: '43202.33',
        interventionPerPerson: '4000.00',
        version: 1,
        setBy: analyst.userId,
      });
      const id = answer.data!.setControlBaseline.id;
      const message = await probe.waitFor((m) => m.key === id, 30_000);
      const parsed = parseEvent(message.value ?? '');
      expect(parsed.ok && parsed.envelope.type).toBe('control-baseline.set');
      expect(parsed.ok && parsed.envelope.data).toEqual({
        baselineId: id,
        countyCode: '12',
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        windowMonths: 12,
        activitySupportPerPerson: '43202.33',
        interventionPerPerson: '4000.00',
        groupSize: 412,
        version: 1,
        setAt: expect.any(String),
        setBy: analyst.userId,
      });
    });

    it('replaces the baseline of the same county, period and window, keeping who and when', async () => {
      const admin = callers.admin();
      const answer = await subgraph.call<{ setControlBaseline: Record<string, unknown> }>(
        admin,
        setBaseline,
        { input: { ...input, activitySupportPerPerson: '41000.5', interventionPerPerson: null } },
      );
      expect(answer.data?.setControlBaseline).toMatchObject({
        activitySupportPerPerson: '41000.50',
        interventionPerPerson: null,
        version: 2,
        setBy: admin.userId,
      });
      expect(await baselineRows()).toEqual([{ n: 1 }]);
      const listed = await subgraph.call<{ controlBaselines: unknown[] }>(
        callers.officer(),
        listBaselines,
        { countyCode: '12' },
      );
      expect(listed.data?.controlBaselines).toEqual([
        expect.objectContaining({ activitySupportPerPerson: '41000.50', version: 2 }),
      ]);
    });

    it.each([
      ['an officer', callers.officer()],
      ['a municipal case worker', callers.caseWorker()],
      ['a process leader', callers.processLeader()],
    ])('refuses %s with a typed error, writing nothing', async (_who, caller) => {
      const before = await eventsWritten();
      const answer = await subgraph.call(caller, setBaseline, {
        input: { ...input, groupSize: 1 },
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'REPORT.BASELINE_WRITE_NOT_ALLOWED',
      });
      expect(await subgraph.sql('SELECT 1 FROM control_baseline WHERE group_size = 1')).toEqual([]);
      expect(await eventsWritten()).toEqual(before);
    });

    it.each([
      ['countyCode', '99<script>'],
      ['periodFrom', '2026-02-30<script>'],
      ['periodTo', '2025-12-31'],
      ['windowMonths', 0],
      ['activitySupportPerPerson', '1e5<script>'],
      ['interventionPerPerson', '-4000<script>'],
      ['groupSize', 0],
    ] as const)(
      'refuses a bad %s naming the field, never echoing it, writing nothing',
      async (field, value) => {
        const before = await eventsWritten();
        const answer = await subgraph.call(callers.analyst(), setBaseline, {
          input: { ...input, countyCode: '14', [field]: value },
        });
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(JSON.stringify(answer.errors)).not.toContain('<script>');
        expect(
          await subgraph.sql("SELECT 1 FROM control_baseline WHERE county_code IN ('14', '99')"),
        ).toEqual([]);
        expect(await eventsWritten()).toEqual(before);
      },
    );
  });
});
