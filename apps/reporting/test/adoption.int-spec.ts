import { randomUUID } from 'node:crypto';
import {
  enrolmentCreatedV1,
  followUpRecordedV1,
  officeAdoptionAssessedV1,
  participantEmployedV1,
  rolloutOfficeJoinedV1,
  rolloutSupportGivenV1,
  topics,
  trackCreatedV1,
} from '@jobbnatet/contracts';
import { callers, Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually, KafkaTestProducer } from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { reportingConfig } from '../src/config';
import { addDays } from '../src/operations/operations-rules';
import { envelope, recorder } from './support/events';

const adoptionQuery = `query A($filter: AdoptionFilter) { adoption(filter: $filter) {
  offices { officeId joinedOn level assessedOn support { kind count }
    jobbforum { seen persons { value suppressed } lastSeenOn }
    preparatoryEmployment { seen persons { value suppressed } lastSeenOn }
    inDepthFollowUp { seen persons { value suppressed } lastSeenOn } }
  region { offices adopting share target met }
} }`;

interface OfficeAnswer {
  officeId: string;
  level: string | null;
  assessedOn: string | null;
  [field: string]: unknown;
}
interface AdoptionAnswer {
  offices: OfficeAnswer[];
  region: { offices: number; adopting: number; share: number | null; target: number; met: boolean };
}

/**
 * Every suite shares the broker and reads its topics from the beginning, so this suite's rollout
 * joins on a random day centuries back and asks for offices joined from that day: no other
 * suite's (or earlier run's) office falls in its window, and the region's figures are exact.
 */
const day0 = addDays('1200-01-01', Math.floor(Math.random() * 250_000));
const on = (days: number) => addDays(day0, days);
const at = (days: number) => `${on(days)}T10:00:00.000Z`;
const window = { joinedFrom: day0, to: on(30) };

describe('the adoption read model, fed through the real broker', () => {
  const run = randomUUID().slice(0, 8);
  const office = (n: number) => `af-t${run}-${n}`;
  const officeIds = [1, 2, 3, 4, 5, 6, 7, 8].map(office);
  const [o1, o2, o3, o6, o8] = [office(1), office(2), office(3), office(6), office(8)];
  const leader = randomUUID();
  const trackId = randomUUID();
  const people = Array.from({ length: 6 }, () => randomUUID());
  let subgraph: Subgraph;
  let producer: KafkaTestProducer;

  const joined = (officeId: string) =>
    envelope(rolloutOfficeJoinedV1, officeId, {
      officeId,
      joinedOn: day0,
      processLeaderIds: officeId === o1 || officeId === o2 ? [leader] : [randomUUID()],
      joinedAt: at(0),
      joinedBy: recorder,
    });
  const assessed = (officeId: string, level: 'NOT_STARTED' | 'PARTIAL' | 'FULL', day: number) =>
    envelope(officeAdoptionAssessedV1, officeId, {
      officeId,
      assessmentId: randomUUID(),
      level,
      assessedOn: on(day),
      recordedAt: at(day),
      recordedBy: recorder,
    });
  const enrolled = (
    officeId: string | null,
    typeCode: string,
    participantId: string,
    day: number,
  ) =>
    envelope(enrolmentCreatedV1, randomUUID(), {
      enrolmentId: randomUUID(),
      offeringId: randomUUID(),
      participantId,
      typeCode,
      providerId: randomUUID(),
      municipalityCode: '0181',
      officeId,
      enrollingMunicipalityCode: officeId === null ? '0181' : null,
      plannedFrom: on(day + 7),
      plannedTo: on(day + 60),
      costPerParticipant: '1000.00',
      createdAt: at(day),
      createdBy: recorder,
    });
  const support = (officeId: string, kind: 'TRAINING_SESSION' | 'ON_SITE_COACHING') =>
    envelope(rolloutSupportGivenV1, officeId, {
      officeId,
      supportId: randomUUID(),
      kind,
      givenOn: on(2),
      recordedAt: at(2),
      recordedBy: recorder,
    });
  const followUp = (participantIds: string[], employerIds: string[], day: number) =>
    envelope(followUpRecordedV1, trackId, {
      trackId,
      followUpId: randomUUID(),
      dueDate: null,
      heldOn: on(day),
      quality: 'WORKING_WELL',
      transitions: 'SMOOTH',
      participantIds,
      employerIds,
      recordedAt: at(day),
      recordedBy: recorder,
    });

  async function adoptionAs(
    caller: ReturnType<typeof callers.analyst>,
    filter: object = window,
  ): Promise<AdoptionAnswer> {
    const answer = await subgraph.call<{ adoption: AdoptionAnswer }>(caller, adoptionQuery, {
      filter,
    });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.adoption;
  }
  const officeOf = (answer: AdoptionAnswer, officeId: string) =>
    answer.offices.find((o) => o.officeId === officeId);

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    producer = await KafkaTestProducer.start();
    const firstJobbforum = enrolled(o1, 'JOBBFORUM', people[0]!, 3);
    // Evidence first, on other topics: the read model must not depend on the order across topics.
    await producer.publish(topics.activities, [
      firstJobbforum,
      firstJobbforum, // delivered twice: counts once
      ...people.slice(1, 4).map((p) => enrolled(o1, 'JOBBFORUM', p, 3)),
      enrolled(o1, 'JOBBFORUM', people[4]!, 5),
      enrolled(null, 'JOBBFORUM', people[5]!, 8), // a case worker's: no office's practice
      enrolled(o1, 'SFI', people[5]!, 8), // not part of the method
      enrolled(o1, 'INTRODUKTIONSPRAKTIK', people[0]!, 4),
      enrolled(o1, 'KOMPETENSANALYS', people[1]!, 6),
    ]);
    await producer.publish(topics.participants, [
      envelope(participantEmployedV1, people[2]!, {
        participantId: people[2]!,
        outcomeId: randomUUID(),
        employerId: randomUUID(),
        form: 'PREPARATORY',
        subsidyKind: null,
        startDate: on(9),
        endDate: null,
        hoursPerWeek: 40,
        acquired: true,
        acquiredThroughContactId: null,
        countsAsWork: true,
        officeId: o1,
        recordedBy: recorder,
      }),
    ]);
    const employer = randomUUID();
    await producer.publish(topics.jobTracks, [
      followUp(people.slice(0, 5), [employer], 6),
      followUp(people, [], 9), // participants only: not in depth
      envelope(trackCreatedV1, trackId, {
        trackId,
        agreementId: randomUUID(),
        previousRoundId: null,
        round: 1,
        municipalityCodes: ['0181'],
        officeIds: [o1, o2],
        employerIds: [employer],
        competenceNeedIds: [],
        competenceProfileId: null,
        providerIds: [],
        targetParticipants: 10,
        phase: 'PLANNING',
        plannedStart: on(1),
        plannedEnd: on(90),
        createdAt: at(0),
        createdBy: recorder,
      }),
      ...officeIds.map(joined),
      assessed(o1, 'FULL', 10),
      assessed(o2, 'PARTIAL', 10),
      assessed(o3, 'PARTIAL', 10),
      assessed(office(4), 'FULL', 10),
      assessed(office(5), 'PARTIAL', 10),
      // Office 6: the later assessment first; the latest by assessedOn wins, not by arrival.
      assessed(o6, 'NOT_STARTED', 12),
      assessed(o6, 'PARTIAL', 5),
      assessed(office(7), 'NOT_STARTED', 10),
      // Office 8 is never assessed.
      support(o1, 'TRAINING_SESSION'),
      support(o1, 'TRAINING_SESSION'),
      support(o1, 'ON_SITE_COACHING'),
    ]);
    await expectEventually(
      async () => {
        const answer = await adoptionAs(callers.analyst());
        expect(answer.region.offices).toBe(8);
        expect(officeOf(answer, o6)?.level).toBe('NOT_STARTED');
        expect(officeOf(answer, o1)).toMatchObject({
          support: [
            { kind: 'ON_SITE_COACHING', count: 1 },
            { kind: 'TRAINING_SESSION', count: 2 },
          ],
          preparatoryEmployment: { seen: true, lastSeenOn: on(9) },
          inDepthFollowUp: { seen: true },
        });
      },
      { timeoutMs: 30_000 },
    );
  });

  afterAll(async () => {
    await producer?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('shows the region just under its target with 5 of 8 offices adopting', async () => {
    expect((await adoptionAs(callers.analyst())).region).toEqual({
      offices: 8,
      adopting: 5,
      share: 0.625,
      target: 0.75,
      met: false,
    });
  });

  it('shows each office’s latest assessment and the evidence from data, persons suppressed under 5', async () => {
    const answer = await adoptionAs(callers.analyst());
    expect(answer.offices.map((o) => o.officeId)).toEqual([...officeIds].sort());
    expect(officeOf(answer, o1)).toEqual({
      officeId: o1,
      joinedOn: day0,
      level: 'FULL',
      assessedOn: on(10),
      support: [
        { kind: 'ON_SITE_COACHING', count: 1 },
        { kind: 'TRAINING_SESSION', count: 2 },
      ],
      jobbforum: { seen: true, persons: { value: 5, suppressed: false }, lastSeenOn: on(5) },
      preparatoryEmployment: {
        seen: true,
        persons: { value: null, suppressed: true },
        lastSeenOn: on(9),
      },
      inDepthFollowUp: { seen: true, persons: { value: 5, suppressed: false }, lastSeenOn: on(6) },
    });
    // The follow-up on the shared track is evidence for its second office too.
    expect(officeOf(answer, o2)).toMatchObject({
      jobbforum: { seen: false, persons: { value: null, suppressed: true }, lastSeenOn: null },
      inDepthFollowUp: { seen: true, persons: { value: 5, suppressed: false } },
    });
    expect(officeOf(answer, o8)).toMatchObject({ level: null, assessedOn: null });
  });

  it('counts evidence within the period only', async () => {
    const answer = await adoptionAs(callers.analyst(), { ...window, from: on(4) });
    expect(officeOf(answer, o1)?.jobbforum).toEqual({
      seen: true,
      persons: { value: null, suppressed: true },
      lastSeenOn: on(5),
    });
  });

  it.each([
    ['an officer: their office only', callers.officer(o3), [o3]],
    ['a process leader: the offices they coach', callers.processLeader(), [o1, o2]],
    ['a process leader with an office: also their own', callers.processLeader(o8), [o1, o2, o8]],
    ['an employer contact: no office', callers.employerContact(), []],
    ['provider staff: no office', callers.providerStaff(), []],
  ])('shows %s, and the whole region beside it', async (_who, caller, expected) => {
    // The leader of offices 1 and 2 (callers make a new user each).
    const answer = await adoptionAs(
      caller.role === 'process_leader' ? { ...caller, userId: leader } : caller,
    );
    expect(answer.offices.map((o) => o.officeId)).toEqual(expected);
    expect(answer.region.offices).toBe(8);
  });

  it('refuses a malformed filter naming the field, never echoing it', async () => {
    for (const [field, value] of [
      ['to', '2026-02-30'],
      ['officeId', 'AF<script>'],
      ['joinedFrom', '1200-1-1'],
    ] as const) {
      const answer = await subgraph.call(callers.analyst(), adoptionQuery, {
        filter: { [field]: value },
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(answer.errors)).not.toContain(value);
    }
  });

  it('meets the target at 6 of 8 once another office is assessed partly adopting', async () => {
    await producer.publish(topics.jobTracks, [assessed(o6, 'PARTIAL', 20)]);
    await expectEventually(async () =>
      expect((await adoptionAs(callers.analyst())).region).toEqual({
        offices: 8,
        adopting: 6,
        share: 0.75,
        target: 0.75,
        met: true,
      }),
    );
  });
});
