import { randomUUID } from 'node:crypto';
import {
  evaluationPublishedV1,
  participantAdmittedV1,
  participantEmployedV1,
  topics,
  trackParticipantResultRecordedV1,
} from '@jobbnatet/contracts';
import { callers, Subgraph, testEnvelope as envelope } from '@jobbnatet/subgraph-testing';
import {
  expectEventually,
  KafkaProbe,
  KafkaTestProducer,
  type TestEnvelope,
} from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { readModels } from '../src/read-models/read-models';
import { reportingConfig } from '../src/config';

const outcomesQuery = `query O($filter: OutcomesFilter) { outcomes(filter: $filter) {
  participants { value suppressed } inWork { value suppressed } inWorkShare { value suppressed }
  unsubsidised { value suppressed } subsidised { value suppressed } preparatory { value suppressed }
  acquired { value suppressed } acquiredShare { value suppressed }
  otherIntervention { value suppressed } discontinued { value suppressed }
  medianDaysToJob { value suppressed }
  notHiredReasons { reasonCode count { value suppressed } }
  evaluations { published continuedNeed changeRecommended goodExamples newStarts }
} }`;
const userId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';
const shown = (value: number) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };

describe('the outcomes read model, fed through the real broker', () => {
  const employerId = randomUUID();
  const trackId = randomUUID();
  const people = Array.from({ length: 10 }, () => randomUUID());
  let subgraph: Subgraph;
  let producer: KafkaTestProducer;

  const admitted = (participantId: string) =>
    envelope(participantAdmittedV1, trackId, {
      trackId,
      participantId,
      candidateId: randomUUID(),
      officeIds: ['af-sodertalje'],
      municipalityCodes: ['0181'],
      admittedOn: '2026-01-10',
      selectedByEmployerId: employerId,
      admittedAt: '2026-01-10T09:00:00.000Z',
      admittedBy: userId,
    });
  const employed = (
    participantId: string,
    form: 'UNSUBSIDISED_PERMANENT' | 'MUNICIPAL_LABOUR_MARKET',
  ) =>
    envelope(participantEmployedV1, participantId, {
      participantId,
      outcomeId: randomUUID(),
      employerId,
      form,
      subsidyKind: null,
      startDate: '2026-03-01',
      endDate: null,
      hoursPerWeek: 40,
      acquired: true,
      acquiredThroughContactId: null,
      countsAsWork: form !== 'MUNICIPAL_LABOUR_MARKET',
      officeId: 'af-sodertalje',
      recordedBy: userId,
    });
  const result = (participantId: string, outcome: 'EMPLOYED' | 'OTHER_INTERVENTION') =>
    envelope(trackParticipantResultRecordedV1, trackId, {
      trackId,
      participantId,
      outcome,
      employmentForm: outcome === 'EMPLOYED' ? 'UNSUBSIDISED' : null,
      subsidyKind: null,
      reasonCode: outcome === 'EMPLOYED' ? null : 'LANGUAGE',
      recordedAt: '2026-06-01T09:00:00.000Z',
      recordedBy: userId,
    });

  async function outcomesAs(
    caller: ReturnType<typeof callers.analyst>,
    filter: object = { trackId },
  ) {
    const answer = await subgraph.call<{ outcomes: Record<string, unknown> }>(
      caller,
      outcomesQuery,
      {
        filter,
      },
    );
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.outcomes;
  }

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    producer = await KafkaTestProducer.start();
    const hired = people.slice(0, 5);
    const firstJob = employed(hired[0]!, 'UNSUBSIDISED_PERMANENT');
    // Employments first, on another topic: the read model must not depend on the order across topics.
    await producer.publish(topics.participants, [
      firstJob,
      firstJob, // delivered twice: counts once
      ...hired.slice(1).map((p) => employed(p, 'UNSUBSIDISED_PERMANENT')),
      employed(people[5]!, 'MUNICIPAL_LABOUR_MARKET'), // never counted as work
    ]);
    await producer.publish(topics.jobTracks, [
      ...people.map(admitted),
      ...hired.map((p) => result(p, 'EMPLOYED')),
      ...people.slice(5).map((p) => result(p, 'OTHER_INTERVENTION')),
      envelope(evaluationPublishedV1, trackId, {
        trackId,
        participants: 10,
        employed: 5,
        employedUnsubsidised: 5,
        employedSubsidised: 0,
        employedPreparatory: 0,
        otherIntervention: 5,
        discontinued: 0,
        notHiredReasons: [{ reasonCode: 'LANGUAGE', count: 5 }],
        continuedNeed: true,
        newStarts: 8,
        changeRecommended: false,
        goodExample: true,
        afApprovedBy: userId,
        municipalApprovedBy: userId,
        publishedAt: '2026-06-10T09:00:00.000Z',
        publishedBy: userId,
      }),
    ]);
    // Every hired person's job and every closing result applied (the rest is checked per test).
    await expectEventually(
      async () =>
        expect(await outcomesAs(callers.analyst())).toMatchObject({
          acquired: shown(5),
          otherIntervention: shown(5),
          evaluations: expect.objectContaining({ published: 1 }),
        }),
      { timeoutMs: 30_000 },
    );
  });

  afterAll(async () => {
    await producer?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('counts the cohort exactly, as DOMAIN.md counts work, each event once', async () => {
    expect(await outcomesAs(callers.analyst())).toEqual({
      participants: shown(10),
      inWork: shown(5),
      inWorkShare: shown(0.5),
      unsubsidised: shown(5),
      subsidised: withheld,
      preparatory: withheld,
      acquired: shown(5),
      acquiredShare: shown(1),
      otherIntervention: shown(5),
      discontinued: withheld,
      medianDaysToJob: shown(50),
      // Those not hired all gave one reason; with "discontinued" withheld (none), showing it
      // would reveal that none discontinued.
      notHiredReasons: [{ reasonCode: 'LANGUAGE', count: withheld }],
      evaluations: {
        published: 1,
        continuedNeed: 1,
        changeRecommended: 0,
        goodExamples: 1,
        newStarts: 8,
      },
    });
  });

  it('applies each event once in its own group: one inbox row per event of each read model’s group', async () => {
    const rows = await subgraph.sql<{ consumer_group: string; n: number }>(
      'SELECT consumer_group, count(*)::int AS n FROM inbox GROUP BY consumer_group ORDER BY 1',
    );
    // Every row belongs to one read model's own group, the outcomes' among them; the other models
    // apply the shared topics at their own pace.
    const modelGroups = readModels.map((model) => `${subgraph.databaseName}.${model.name}`);
    const names = rows.map((r) => r.consumer_group);
    expect(names).toContain(`${subgraph.databaseName}.outcomes`);
    expect(names.filter((name) => !modelGroups.includes(name))).toEqual([]);
    // The municipal job too, kept but never counted; the duplicate made no second row.
    await expectEventually(async () =>
      expect(
        await subgraph.sql(
          'SELECT count(*)::int AS n FROM outcome_employment WHERE participant_id = ANY($1::uuid[])',
          [people],
        ),
      ).toEqual([{ n: 6 }]),
    );
  });

  it.each([
    ['the track’s office', true, callers.officer('af-sodertalje')],
    ['another office', false, callers.officer('af-solna')],
    ['the track’s municipality', true, callers.caseWorker('0181')],
    ['another municipality', false, callers.caseWorker('0184')],
    ['the track’s employer', true, callers.employerContact(employerId)],
    ['another employer', false, callers.employerContact()],
    ['provider staff', false, callers.providerStaff()],
  ])('answers a caller of %s with the cohort: %s', async (_who, sees, caller) => {
    expect((await outcomesAs(caller)).participants).toEqual(sees ? shown(10) : withheld);
  });

  it('refuses a malformed filter naming the field, never echoing it', async () => {
    const answer = await subgraph.call(callers.analyst(), outcomesQuery, {
      filter: { from: '2026-13-45<script>' },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(JSON.stringify(answer.errors)).not.toContain('<script>');
  });

  it('parks poison on the outcomes group’s dead-letter topic after bounded attempts, and keeps the partition moving', async () => {
    const deadLetters = `jobbnatet.dlq.${subgraph.databaseName}.outcomes`;
    const probe = await KafkaProbe.start([deadLetters]);
    const late = randomUUID();
    const unknownVersion = { ...admitted(randomUUID()), dataversion: 9 };
    const invalid = { ...admitted(randomUUID()), data: { trackId: 'not-a-uuid' } };
    const malformed = { subject: trackId, not: 'an envelope' } as unknown as TestEnvelope;
    await producer.publish(topics.jobTracks, [unknownVersion, invalid, malformed, admitted(late)]);
    const parked = await probe.waitForAll((m) => m.key === trackId, 3, 30_000);
    expect(parked.map((m) => m.headers['x-dead-letter-reason']).sort()).toEqual([
      'invalid-data',
      'malformed',
      'unknown-version',
    ]);
    await probe.stop();
    await expectEventually(async () =>
      expect((await outcomesAs(callers.analyst())).participants).toEqual(shown(11)),
    );
  });
});
