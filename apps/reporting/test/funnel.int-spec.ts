import { randomUUID } from 'node:crypto';
import {
  candidateAdvancedV1,
  candidateIdentifiedV1,
  participantAdmittedV1,
  participantEmployedV1,
  topics,
  trackCreatedV1,
  trackParticipantResultRecordedV1,
} from '@jobbnatet/contracts';
import { callers, Subgraph, testEnvelope as envelope } from '@jobbnatet/subgraph-testing';
import { expectEventually, KafkaTestProducer } from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { readModels } from '../src/read-models/read-models';
import { reportingConfig } from '../src/config';

const funnelQuery = `query F($trackId: ID!) { funnel(trackId: $trackId) {
  identified { value suppressed } prerequisitesAssessed { value suppressed }
  admitted { value suppressed } completed { value suppressed } employed { value suppressed }
} }`;
const userId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';
const at = '2026-01-05T09:00:00.000Z';
const shown = (value: number) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };
const nothingShown = {
  identified: withheld,
  prerequisitesAssessed: withheld,
  admitted: withheld,
  completed: withheld,
  employed: withheld,
};

describe('the funnel read model, fed through the real broker', () => {
  const employerId = randomUUID();
  const trackId = randomUUID();
  const smallTrackId = randomUUID();
  const people = Array.from({ length: 20 }, () => randomUUID());
  const assessed = people.slice(0, 15);
  const admittedPeople = people.slice(0, 10);
  const hired = people.slice(0, 5);
  let subgraph: Subgraph;
  let producer: KafkaTestProducer;

  const created = (id: string) =>
    envelope(trackCreatedV1, id, {
      trackId: id,
      agreementId: randomUUID(),
      previousRoundId: null,
      round: 1,
      municipalityCodes: ['0181'],
      officeIds: ['af-sodertalje'],
      employerIds: [employerId],
      competenceNeedIds: [],
      competenceProfileId: null,
      providerIds: [],
      targetParticipants: 20,
      phase: 'RECRUITMENT',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-06-30',
      createdAt: at,
      createdBy: userId,
    });
  const identified = (track: string, participantId: string) =>
    envelope(candidateIdentifiedV1, track, {
      candidateId: randomUUID(),
      trackId: track,
      participantId,
      identifiedAt: at,
      identifiedBy: userId,
    });
  const advanced = (
    participantId: string,
    from: 'IDENTIFIED' | 'PREREQUISITES_ASSESSED',
    to: 'PREREQUISITES_ASSESSED' | 'PREPARED' | 'NOT_ADMITTED',
  ) =>
    envelope(candidateAdvancedV1, trackId, {
      candidateId: randomUUID(),
      trackId,
      participantId,
      from,
      to,
      assessmentId: null,
      employerId: null,
      on: null,
      version: 2,
      advancedAt: at,
      advancedBy: userId,
    });
  const admitted = (participantId: string) =>
    envelope(participantAdmittedV1, trackId, {
      trackId,
      participantId,
      candidateId: randomUUID(),
      officeIds: ['af-sodertalje'],
      municipalityCodes: ['0181'],
      admittedOn: '2026-01-10',
      selectedByEmployerId: employerId,
      admittedAt: at,
      admittedBy: userId,
    });
  const result = (participantId: string, outcome: 'EMPLOYED' | 'DISCONTINUED') =>
    envelope(trackParticipantResultRecordedV1, trackId, {
      trackId,
      participantId,
      outcome,
      employmentForm: outcome === 'EMPLOYED' ? 'UNSUBSIDISED' : null,
      subsidyKind: null,
      reasonCode: null,
      recordedAt: '2026-06-01T09:00:00.000Z',
      recordedBy: userId,
    });
  const employed = (
    participantId: string,
    form: 'UNSUBSIDISED_PERMANENT' | 'MUNICIPAL_LABOUR_MARKET',
    startDate = '2026-03-01',
  ) =>
    envelope(participantEmployedV1, participantId, {
      participantId,
      outcomeId: randomUUID(),
      employerId,
      form,
      subsidyKind: null,
      startDate,
      endDate: null,
      hoursPerWeek: 40,
      acquired: false,
      acquiredThroughContactId: null,
      countsAsWork: form !== 'MUNICIPAL_LABOUR_MARKET',
      officeId: 'af-sodertalje',
      recordedBy: userId,
    });

  async function funnelAs(caller: ReturnType<typeof callers.analyst>, track = trackId) {
    const answer = await subgraph.call<{ funnel: Record<string, unknown> }>(caller, funnelQuery, {
      trackId: track,
    });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.funnel;
  }

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    producer = await KafkaTestProducer.start();
    const firstJob = employed(hired[0]!, 'UNSUBSIDISED_PERMANENT');
    // Jobs first, on another topic: the read model must not depend on the order across topics.
    await producer.publish(topics.participants, [
      firstJob,
      firstJob, // delivered twice: counts once
      ...hired.slice(1).map((p) => employed(p, 'UNSUBSIDISED_PERMANENT')),
      employed(people[5]!, 'MUNICIPAL_LABOUR_MARKET'), // never counted as work
      employed(people[6]!, 'UNSUBSIDISED_PERMANENT', '2025-12-01'), // before admission
    ]);
    const firstIdentified = identified(trackId, people[0]!);
    await producer.publish(topics.jobTracks, [
      created(trackId),
      firstIdentified,
      firstIdentified, // delivered twice: counts once
      ...people.slice(1).map((p) => identified(trackId, p)),
      ...assessed.map((p) => advanced(p, 'IDENTIFIED', 'PREREQUISITES_ASSESSED')),
      ...admittedPeople.map((p) => advanced(p, 'PREREQUISITES_ASSESSED', 'PREPARED')),
      advanced(people[10]!, 'PREREQUISITES_ASSESSED', 'NOT_ADMITTED'),
      ...admittedPeople.map(admitted),
      ...hired.map((p) => result(p, 'EMPLOYED')),
      ...admittedPeople.slice(5).map((p) => result(p, 'DISCONTINUED')),
      // A small pipeline: 7 identified, 3 of them assessed.
      created(smallTrackId),
      ...people.slice(0, 7).map((p) => identified(smallTrackId, p)),
    ]);
    await producer.publish(topics.jobTracks, [
      ...people.slice(0, 3).map((p) =>
        envelope(candidateAdvancedV1, smallTrackId, {
          ...advanced(p, 'IDENTIFIED', 'PREREQUISITES_ASSESSED').data,
          trackId: smallTrackId,
        }),
      ),
    ]);
    await expectEventually(
      async () =>
        expect(await funnelAs(callers.analyst())).toMatchObject({
          completed: shown(5),
          employed: shown(5),
        }),
      { timeoutMs: 30_000 },
    );
  });

  afterAll(async () => {
    await producer?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('counts every stage of the track exactly, each event once', async () => {
    expect(await funnelAs(callers.analyst())).toEqual({
      identified: shown(20),
      prerequisitesAssessed: shown(15),
      admitted: shown(10),
      completed: shown(5),
      employed: shown(5),
    });
    expect(
      await subgraph.sql(
        'SELECT count(*)::int AS n FROM funnel_candidate_status WHERE track_id = $1',
        [trackId],
      ),
    ).toEqual([{ n: 20 + 15 + 10 }]);
  });

  it('applies each event once in the funnel’s own consumer group', async () => {
    const modelGroups = readModels.map((model) => `${subgraph.databaseName}.${model.name}`);
    const groups = await subgraph.sql<{ consumer_group: string }>(
      'SELECT DISTINCT consumer_group FROM inbox ORDER BY consumer_group',
    );
    // Every row belongs to one read model's own group, the funnel's among them; the other models
    // apply the shared topics at their own pace.
    const names = groups.map((g) => g.consumer_group);
    expect(names).toContain(`${subgraph.databaseName}.funnel`);
    expect(names.filter((name) => !modelGroups.includes(name))).toEqual([]);
  });

  it('withholds the stages of a small pipeline, and a stage whose drop-outs are too few', async () => {
    await expectEventually(async () =>
      expect(
        await subgraph.sql(
          'SELECT count(*)::int AS n FROM funnel_candidate_status WHERE track_id = $1',
          [smallTrackId],
        ),
      ).toEqual([{ n: 10 }]),
    );
    // 7 identified, 3 assessed: 3 and the 4 who stopped are both too few to show.
    expect(await funnelAs(callers.analyst(), smallTrackId)).toEqual({
      ...nothingShown,
      identified: shown(7),
    });
  });

  it.each([
    ['the track’s office', true, callers.officer('af-sodertalje')],
    ['another office', false, callers.officer('af-solna')],
    ['the track’s municipality', true, callers.caseWorker('0181')],
    ['another municipality', false, callers.caseWorker('0184')],
    ['the track’s employer', true, callers.employerContact(employerId)],
    ['another employer', false, callers.employerContact()],
    ['provider staff', false, callers.providerStaff()],
  ])('answers a caller of %s with the funnel: %s', async (_who, sees, caller) => {
    expect((await funnelAs(caller)).identified).toEqual(sees ? shown(20) : withheld);
  });

  it('answers an unknown track exactly as a track out of scope', async () => {
    const foreign = await funnelAs(callers.officer('af-solna'));
    expect(foreign).toEqual(nothingShown);
    expect(await funnelAs(callers.officer('af-solna'), randomUUID())).toEqual(foreign);
  });

  it('refuses a malformed track id naming the field, never echoing it', async () => {
    const answer = await subgraph.call(callers.analyst(), funnelQuery, {
      trackId: 'x<script>',
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'trackId',
    });
    expect(JSON.stringify(answer.errors)).not.toContain('<script>');
  });
});
