import { randomBytes, randomUUID } from 'node:crypto';
import {
  candidateAdvancedV1,
  candidateIdentifiedV1,
  participantAdmittedV1,
  participantEmployedV1,
  topics,
  trackCreatedV1,
} from '@jobbnatet/contracts';
import { runtimeRoleName } from '@jobbnatet/service-kit';
import { callers, Subgraph, testEnvelope as envelope } from '@jobbnatet/subgraph-testing';
import { expectEventually, KafkaProbe, KafkaTestProducer } from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { reportingConfig } from '../src/config';
import { sha256 } from '../src/snapshots/report-files';

const snapshotFields = `id scope officeId municipalityCode from to createdAt createdBy csv json
  csvSha256 jsonSha256 offsets { group topic partition offset }`;
const publishMutation = `mutation P($input: PublishReportInput!) {
  publishReport(input: $input) { ${snapshotFields} } }`;
const snapshotQuery = `query S($id: ID!) { reportSnapshot(id: $id) { ${snapshotFields} } }`;
const listQuery = `query L($filter: ReportSnapshotsFilter) { reportSnapshots(filter: $filter) { id } }`;
const outcomesQuery = `query O($filter: OutcomesFilter) { outcomes(filter: $filter) {
  participants { value } inWork { value } } }`;
const offsetsSql = `SELECT consumer_group AS "group", topic, kafka_partition AS "partition",
  max(kafka_offset)::text AS "offset" FROM inbox GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

const userId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';
// An office of its own: the broker keeps earlier runs' events, which a new group reads too.
const officeId = `af-it-${randomBytes(4).toString('hex')}`;
const period = { from: '2026-01-01', to: '2026-06-30' };

interface Snapshot {
  id: string;
  csv: string;
  json: string;
  csvSha256: string;
  jsonSha256: string;
  createdBy: string;
  offsets: { group: string; topic: string; partition: number; offset: string }[];
}

describe('frozen report snapshots', () => {
  /** The correlation ids of this suite's requests: other suites publish reports meanwhile. */
  const suiteRequests = new Set<string>();
  const employerId = randomUUID();
  const trackId = randomUUID();
  const people = Array.from({ length: 12 }, () => randomUUID());
  // Candidates never admitted: 5 assessed, 5 only identified, so no funnel stage is a small group.
  const candidates = Array.from({ length: 10 }, () => randomUUID());
  const analyst = callers.analyst();
  let subgraph: Subgraph;
  let producer: KafkaTestProducer;
  let published: KafkaProbe;
  let snapshot: Snapshot;
  let offsetsBefore: Snapshot['offsets'];
  let offsetsAfter: Snapshot['offsets'];
  const cohortEventIds: string[] = [];

  const admitted = (participantId: string) =>
    envelope(participantAdmittedV1, trackId, {
      trackId,
      participantId,
      candidateId: randomUUID(),
      officeIds: [officeId],
      municipalityCodes: ['0181'],
      admittedOn: '2026-02-02',
      selectedByEmployerId: employerId,
      admittedAt: '2026-02-02T09:00:00.000Z',
      admittedBy: userId,
    });
  const employed = (participantId: string) =>
    envelope(participantEmployedV1, participantId, {
      participantId,
      outcomeId: randomUUID(),
      employerId,
      form: 'UNSUBSIDISED_PERMANENT',
      subsidyKind: null,
      startDate: '2026-04-01',
      endDate: null,
      hoursPerWeek: 40,
      acquired: true,
      acquiredThroughContactId: null,
      countsAsWork: true,
      officeId,
      recordedBy: userId,
    });

  const identified = (participantId: string) =>
    envelope(candidateIdentifiedV1, trackId, {
      candidateId: randomUUID(),
      trackId,
      participantId,
      identifiedAt: '2026-01-20T09:00:00.000Z',
      identifiedBy: userId,
    });
  const assessed = (participantId: string) =>
    envelope(candidateAdvancedV1, trackId, {
      candidateId: randomUUID(),
      trackId,
      participantId,
      from: 'IDENTIFIED',
      to: 'PREREQUISITES_ASSESSED',
      assessmentId: null,
      employerId: null,
      on: null,
      version: 2,
      advancedAt: '2026-01-25T09:00:00.000Z',
      advancedBy: userId,
    });

  async function call<T>(caller: typeof analyst, query: string, variables: object) {
    suiteRequests.add(caller.correlationId);
    return subgraph.call<T>(caller, query, variables as Record<string, unknown>);
  }
  async function publish(caller: typeof analyst, input: object) {
    return call<{ publishReport: Snapshot }>(caller, publishMutation, { input });
  }
  async function liveOutcomes() {
    const answer = await call<{
      outcomes: { participants: { value: number | null }; inWork: { value: number | null } };
    }>(analyst, outcomesQuery, { filter: { officeId, ...period } });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.outcomes;
  }
  const rowCount = async () =>
    (await subgraph.sql<{ n: number }>('SELECT count(*)::int AS n FROM report_snapshot'))[0]!.n;

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    producer = await KafkaTestProducer.start();
    published = await KafkaProbe.start([topics.reporting]);
    const jobs = people.slice(0, 5).map(employed);
    await producer.publish(topics.participants, jobs);
    const trackEvents = [
      envelope(trackCreatedV1, trackId, {
        trackId,
        agreementId: randomUUID(),
        previousRoundId: null,
        round: 1,
        municipalityCodes: ['0181'],
        officeIds: [officeId],
        employerIds: [employerId],
        competenceNeedIds: [],
        competenceProfileId: null,
        providerIds: [],
        targetParticipants: 10,
        phase: 'RECRUITMENT',
        plannedStart: '2026-01-01',
        plannedEnd: '2026-06-30',
        createdAt: '2026-01-05T09:00:00.000Z',
        createdBy: userId,
      }),
      ...candidates.map(identified),
      ...candidates.slice(0, 5).map(assessed),
      ...people.map(admitted),
    ];
    await producer.publish(topics.jobTracks, trackEvents);
    cohortEventIds.push(...jobs.map((e) => e.id), ...trackEvents.map((e) => e.id));
    // Both read models caught up with everything sent (the funnel's admissions, the outcomes' jobs).
    await expectEventually(
      async () => {
        expect(await liveOutcomes()).toEqual({ participants: { value: 12 }, inWork: { value: 5 } });
        const [funnel] = await subgraph.sql<{ n: number }>(
          `SELECT (SELECT count(*) FROM funnel_admission WHERE track_id = $1)::int
             + (SELECT count(*) FROM funnel_candidate_status WHERE track_id = $1)::int
             + (SELECT count(*) FROM funnel_employment WHERE participant_id = ANY($2::uuid[]))::int
             AS n`,
          [trackId, people],
        );
        expect(funnel).toEqual({ n: 12 + 10 + 5 + 5 });
      },
      { timeoutMs: 30_000 },
    );
    offsetsBefore = await subgraph.sql(offsetsSql);
    const answer = await publish(analyst, { scope: 'OFFICE', officeId, ...period });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    snapshot = answer.data.publishReport;
    offsetsAfter = await subgraph.sql(offsetsSql);
  });

  afterAll(async () => {
    await published?.stop();
    await producer?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('writes the figures into a CSV for Swedish Excel and a JSON summary, with their hashes', () => {
    expect(snapshot.csv.startsWith('\uFEFFAvsnitt;Mått;Värde;Undertryckt\r\n')).toBe(true);
    const rows = snapshot.csv.split('\r\n');
    expect(rows).toEqual(
      expect.arrayContaining([
        `Rapport;Omfattning;Kontor ${officeId};`,
        'Resultat;Deltagare;12;',
        'Resultat;I arbete;5;',
        'Resultat;Andel i arbete;0,417;',
        'Resultat;Ackvirerade jobb;5;',
        'Resultat;Förberedande anställning;–;ja',
        'Rekryteringstratt;Identifierade kandidater;22;',
        'Rekryteringstratt;Förutsättningar bedömda;17;',
        'Rekryteringstratt;Antagna;12;',
        'Rekryteringstratt;I arbete;5;',
      ]),
    );
    const json = JSON.parse(snapshot.json) as {
      scope: unknown;
      sections: { key: string; figures: { key: string; value: number | null }[] }[];
    };
    expect(json.scope).toEqual({ kind: 'OFFICE', officeId });
    const outcomes = json.sections.find((s) => s.key === 'outcomes')!.figures;
    expect(outcomes.find((f) => f.key === 'inWorkShare')).toMatchObject({ value: 0.417 });
    expect(outcomes.find((f) => f.key === 'preparatory')).toMatchObject({ value: null });
    expect(snapshot.csvSha256).toBe(sha256(snapshot.csv));
    expect(snapshot.jsonSha256).toBe(sha256(snapshot.json));
    expect(snapshot.createdBy).toBe(analyst.userId);
  });

  it('records the offsets its figures were built from: every partition each read model had applied', async () => {
    // The consumers keep reading other suites' events meanwhile: the record lies between the
    // inbox before and after publishing, and covers every event of the cohort.
    const sectionGroups = [`${subgraph.databaseName}.outcomes`, `${subgraph.databaseName}.funnel`];
    const key = (o: { group: string; topic: string; partition: number }) =>
      `${o.group} ${o.topic} ${o.partition}`;
    const recorded = new Map(snapshot.offsets.map((o) => [key(o), BigInt(o.offset)]));
    for (const before of offsetsBefore)
      expect(recorded.get(key(before))).toBeGreaterThanOrEqual(BigInt(before.offset));
    const after = new Map(offsetsAfter.map((o) => [key(o), BigInt(o.offset)]));
    for (const [k, offset] of recorded) expect(offset).toBeLessThanOrEqual(after.get(k)!);
    const cohort = await subgraph.sql<{
      group: string;
      topic: string;
      partition: number;
      offset: string;
    }>(
      `SELECT consumer_group AS "group", topic, kafka_partition AS "partition",
         kafka_offset::text AS "offset" FROM inbox
       WHERE event_id = ANY($1::uuid[]) AND consumer_group = ANY($2::text[])`,
      [cohortEventIds, sectionGroups],
    );
    // Only the groups the figures come from: the others apply the cohort at their own pace.
    expect(cohort.length).toBeGreaterThan(cohortEventIds.length); // both groups applied them
    for (const applied of cohort)
      expect(recorded.get(key(applied))).toBeGreaterThanOrEqual(BigInt(applied.offset));
    // Every read model the sections read from is among the groups recorded.
    expect([...new Set(snapshot.offsets.map((o) => o.group))]).toEqual(
      expect.arrayContaining(sectionGroups),
    );
  });

  it('emits report.published once, with the hashes and no personal data', async () => {
    const message = await published.waitFor((m) => m.key === snapshot.id, 30_000);
    expect(JSON.parse(message.value!.toString())).toMatchObject({
      type: 'report.published',
      dataversion: 1,
      data: {
        snapshotId: snapshot.id,
        scope: 'OFFICE',
        officeId,
        municipalityCode: null,
        ...period,
        csvSha256: snapshot.csvSha256,
        jsonSha256: snapshot.jsonSha256,
      },
    });
  });

  it('stays as published while a late event changes the live figures', async () => {
    const late = employed(people[5]!);
    await producer.publish(topics.participants, [late]);
    await expectEventually(
      async () => expect((await liveOutcomes()).inWork).toEqual({ value: 6 }),
      {
        timeoutMs: 30_000,
      },
    );
    const answer = await call<{ reportSnapshot: Snapshot }>(analyst, snapshotQuery, {
      id: snapshot.id,
    });
    expect(answer.data?.reportSnapshot).toEqual(snapshot);
    // The late event lies beyond what the snapshot recorded for its group and partition.
    const [applied] = await subgraph.sql<{ topic: string; partition: number; offset: string }>(
      `SELECT topic, kafka_partition AS partition, kafka_offset::text AS offset FROM inbox
       WHERE event_id = $1 AND consumer_group = $2`,
      [late.id, `${subgraph.databaseName}.outcomes`],
    );
    const recorded = snapshot.offsets.find(
      (o) =>
        o.group === `${subgraph.databaseName}.outcomes` &&
        o.topic === applied!.topic &&
        o.partition === applied!.partition,
    );
    if (recorded) expect(BigInt(recorded.offset)).toBeLessThan(BigInt(applied!.offset));
    // Publishing again now gives the new figure: the live read model moved, the snapshot did not.
    const again = await publish(analyst, { scope: 'OFFICE', officeId, ...period });
    expect(again.data?.publishReport.csv.split('\r\n')).toContain('Resultat;I arbete;6;');
  });

  it('cannot be changed or deleted by the service’s own database role', async () => {
    const role = runtimeRoleName(subgraph.databaseName);
    await expect(
      subgraph.sql(`SET ROLE ${role}; UPDATE report_snapshot SET csv = 'x'`),
    ).rejects.toThrow(/permission denied/);
    await expect(subgraph.sql(`SET ROLE ${role}; DELETE FROM report_snapshot`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('lists snapshots by scope and period, and lets an admin publish too', async () => {
    const byAdmin = await publish(callers.admin(), { scope: 'REGION', ...period });
    expect(byAdmin.errors).toBeUndefined();
    const list = await call<{ reportSnapshots: { id: string }[] }>(analyst, listQuery, {
      filter: { scope: 'OFFICE', officeId },
    });
    expect(list.data?.reportSnapshots.map((s) => s.id)).toContain(snapshot.id);
    expect(list.data?.reportSnapshots.map((s) => s.id)).not.toContain(
      byAdmin.data?.publishReport.id,
    );
  });

  it.each([
    ['an officer of the office', callers.officer(officeId)],
    ['a municipal case worker', callers.caseWorker('0181')],
    ['a process leader', callers.processLeader()],
    ['an employer contact', callers.employerContact(employerId)],
    ['provider staff', callers.providerStaff()],
  ])(
    'refuses %s alike, whether or not the snapshot exists, and writes nothing',
    async (_who, caller) => {
      const before = await rowCount();
      const attempts = [
        await publish(caller, { scope: 'OFFICE', officeId, ...period }),
        await call(caller, snapshotQuery, { id: snapshot.id }),
        await call(caller, snapshotQuery, { id: randomUUID() }),
        await call(caller, listQuery, {}),
      ];
      for (const answer of attempts) {
        expect(Object.values(answer.data ?? {}).filter((value) => value !== null)).toEqual([]);
        expect(answer.errors?.[0]).toMatchObject({
          message: 'Only analysts and administrators work with report snapshots',
          extensions: { code: 'FORBIDDEN', reason: 'REPORT.ANALYSTS_ONLY' },
        });
      }
      expect(await rowCount()).toBe(before);
    },
  );

  it.each([
    ['officeId', { scope: 'OFFICE', officeId: '<script>x', ...period }],
    ['officeId', { scope: 'OFFICE', ...period }],
    ['municipalityCode', { scope: 'REGION', municipalityCode: '0181', ...period }],
    ['from', { scope: 'REGION', from: '2026-02-30<b>', to: '2026-06-30' }],
    ['to', { scope: 'REGION', from: '2026-06-30', to: '2026-01-01' }],
  ])('refuses a bad %s by name, never echoing it, writing nothing', async (field, input) => {
    const before = await rowCount();
    const answer = await publish(analyst, input);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(answer.errors)).not.toMatch(/<script>|<b>/);
    expect(await rowCount()).toBe(before);
  });

  it('has emitted exactly one report.published per snapshot, and none for refused input', async () => {
    await published.caughtUp(topics.reporting);
    const ids = (await subgraph.sql<{ id: string }>('SELECT id FROM report_snapshot')).map(
      (r) => r.id,
    );
    await published.waitForAll((m) => ids.includes(m.key ?? ''), ids.length, 30_000);
    const ours = published.messages
      .map((m) => JSON.parse(m.value!.toString()) as { subject: string; correlationid: string })
      .filter((event) => suiteRequests.has(event.correlationid));
    expect(ours.map((event) => event.subject).sort()).toEqual([...ids].sort());
  });
});
