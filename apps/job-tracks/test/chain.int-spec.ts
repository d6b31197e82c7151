import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, ParticipantEvents, type Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually, KafkaProbe, type ReceivedMessage } from '@jobbnatet/testing';
import {
  ActivitiesEvents,
  adaptMutation,
  addStepMutation,
  adjustMutation,
  applyTemplateMutation,
  chainTraces,
  changeStepMutation,
  implementing,
  moveStepMutation,
  overdueQuery,
  recordMutation,
  removeStepMutation,
  saveTemplateMutation,
  scheduleMutation,
  templatesQuery,
  trackChainQuery,
} from './support/chain';
import {
  activeAgreement,
  advanceMutation,
  caseWorker,
  completePhase,
  createTrack,
  employerId,
  must,
  officer,
  startJobTracks,
} from './support/job-tracks';
import { replicateEmployers } from './support/employers';
import { publishedEvaluation } from './support/closing';

interface Step {
  id: string;
  position: number;
  interventionTypeCode: string;
  offeringId: string | null;
  offering: { id: string } | null;
  responsible: string;
  parallelWithPrevious: boolean;
  plannedStart: string | null;
  plannedEnd: string | null;
  startWeek: number | null;
  endWeek: number | null;
}
interface ParticipantChain {
  participantId: string;
  steps: {
    stepId: string | null;
    status: string;
    plannedEnd: string | null;
    interventionTypeCode: string;
  }[];
  adaptations: { id: string; kind: string; reason: string | null }[];
}
interface ChainView {
  phase: string;
  chain: Step[];
  followUpSchedule: Record<string, unknown> | null;
  followUps: { dueDate: string; kind: string; status: string; followUpId: string | null }[];
  followUpRecords: {
    id: string;
    participants: { participantId: string; note: string | null }[];
  }[];
  adjustments: { id: string; area: string; reason: string | null }[];
  participantChains: ParticipantChain[];
}

const typeStep = (code: string, extra: Record<string, unknown> = {}) => ({
  interventionTypeCode: code,
  responsible: 'AF',
  parallelWithPrevious: false,
  startWeek: 0,
  endWeek: 3,
  ...extra,
});

describe('the chain, templates, adaptations and follow-ups on real PostgreSQL and Kafka', () => {
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let activities: ActivitiesEvents;
  let agreementId: string;

  const view = async (id: string, caller = officer, participantId: string | null = null) => {
    const response = await subgraph.call<{ jobTrack: ChainView }>(caller, trackChainQuery, {
      id,
      participantId,
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.jobTrack;
  };
  const eventsOf = async (id: string, type: string, count = 1) => {
    const isType = (m: ReceivedMessage) => {
      const parsed = m.key === id ? parseEvent(m.value!) : null;
      return parsed?.ok === true && parsed.envelope.type === type;
    };
    const messages = await probe.waitForAll(isType, count, 10_000);
    return messages.slice(0, count).map((m) => {
      const parsed = parseEvent(m.value!);
      return parsed.ok ? (parsed.envelope.data as Record<string, unknown>) : null;
    });
  };
  const add = (trackId: string, step: Record<string, unknown>, caller = officer) =>
    subgraph.call<{ addChainStep: { chain: Step[] } }>(caller, addStepMutation, {
      input: { trackId, ...step },
    });

  beforeAll(async () => {
    subgraph = await startJobTracks();
    await replicateEmployers(subgraph);
    probe = await KafkaProbe.start([topics.jobTracks]);
    activities = await ActivitiesEvents.start();
    agreementId = await activeAgreement(subgraph);
  });

  afterAll(async () => {
    await activities?.stop();
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  describe('method templates', () => {
    it('offers the Jobbnätet method: Jobbforum, preparatory employment, follow-up during and after employment', async () => {
      const { methodTemplates } = (
        await subgraph.call<{
          methodTemplates: {
            code: string;
            builtIn: boolean;
            followUpEveryDays: number;
            afterEmploymentMonths: number[];
            steps: { interventionTypeCode: string }[];
          }[];
        }>(officer, templatesQuery, {})
      ).data!;
      const method = methodTemplates.find((t) => t.code === 'JOBBNATET_METHOD')!;
      expect(method).toMatchObject({
        builtIn: true,
        followUpEveryDays: 14,
        afterEmploymentMonths: [3, 6, 12],
      });
      expect(method.steps.map((s) => s.interventionTypeCode)).toEqual([
        'JOBBFORUM',
        'INTRODUKTIONSPRAKTIK',
        'KOMPETENSANALYS',
        'SKRADDARSYDD_UTBILDNING',
        'COACHING',
      ]);
    });

    it('gives an empty planned track its chain from the implementation start and its follow-up schedule, once', async () => {
      const track = await createTrack(subgraph, agreementId);
      const applied = await must<{ chain: Step[] }>(subgraph, officer, applyTemplateMutation, {
        trackId: track.id,
        templateCode: 'JOBBNATET_METHOD',
      });
      // Implementation is planned 2027-05-01 – 2027-10-31 (support/job-tracks.ts).
      expect(applied.chain[0]).toMatchObject({
        position: 1,
        interventionTypeCode: 'JOBBFORUM',
        responsible: 'AF',
        startWeek: 0,
        endWeek: 3,
        plannedStart: '2027-05-01',
        plannedEnd: '2027-05-28',
      });
      expect(applied.chain[2]).toMatchObject({
        interventionTypeCode: 'KOMPETENSANALYS',
        parallelWithPrevious: true,
      });
      const seen = await view(track.id);
      expect(seen.followUpSchedule).toEqual({
        everyDays: 14,
        fromDate: '2027-05-01',
        untilDate: '2027-10-31',
        employmentStart: '2027-11-01',
        afterEmploymentMonths: [3, 6, 12],
        templateCode: 'JOBBNATET_METHOD',
      });
      expect(seen.followUps[0]).toEqual({
        dueDate: '2027-05-01',
        kind: 'DURING_IMPLEMENTATION',
        status: 'UPCOMING',
        followUpId: null,
      });
      expect(seen.followUps[1]!.dueDate).toBe('2027-05-15');
      expect(
        seen.followUps.filter((m) => m.kind === 'AFTER_EMPLOYMENT').map((m) => m.dueDate),
      ).toEqual(['2028-02-01', '2028-05-01', '2028-11-01']);
      const [event] = await eventsOf(track.id, 'template.applied');
      expect(event).toMatchObject({
        templateCode: 'JOBBNATET_METHOD',
        stepIds: applied.chain.map((s) => s.id),
        followUpEveryDays: 14,
        appliedBy: officer.userId,
      });

      const before = await chainTraces(subgraph);
      const again = await subgraph.call(officer, applyTemplateMutation, {
        trackId: track.id,
        templateCode: 'JOBBNATET_METHOD',
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'CHAIN.NOT_EMPTY',
      });
      const unknown = await subgraph.call(officer, applyTemplateMutation, {
        trackId: (await createTrack(subgraph, agreementId)).id,
        templateCode: 'NO_SUCH_METHOD',
      });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ reason: 'TEMPLATE.NOT_FOUND' });
      expect(await chainTraces(subgraph)).toBeGreaterThan(before); // the second track only
    });

    it('saves a closed track’s design as a new template, and refuses a track still working', async () => {
      const track = await createTrack(subgraph, agreementId);
      await must(subgraph, officer, addStepMutation, {
        input: {
          trackId: track.id,
          ...typeStep('PRAKTIK', { startWeek: null, endWeek: null }),
          plannedStart: '2027-05-15',
          plannedEnd: '2027-06-30',
        },
      });
      await must(subgraph, officer, scheduleMutation, {
        input: {
          trackId: track.id,
          everyDays: 21,
          fromDate: '2027-05-01',
          untilDate: '2027-10-31',
          employmentStart: '2027-11-01',
          afterEmploymentMonths: [6],
        },
      });
      const input = { trackId: track.id, code: 'LAGER_SODERTALJE', name: 'Lager Södertälje' };
      const early = await subgraph.call(officer, saveTemplateMutation, { input });
      expect(early.errors?.[0]?.extensions).toMatchObject({ reason: 'TEMPLATE.TRACK_NOT_CLOSED' });
      for (const phase of ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING']) {
        await completePhase(subgraph, track.id, phase);
        if (phase === 'CLOSING') await publishedEvaluation(subgraph, track.id);
        await must(subgraph, officer, advanceMutation, { trackId: track.id });
      }
      const saved = await must(subgraph, officer, saveTemplateMutation, { input });
      expect(saved).toEqual({
        code: 'LAGER_SODERTALJE',
        name: 'Lager Södertälje',
        builtIn: false,
        followUpEveryDays: 21,
        afterEmploymentMonths: [6],
        steps: [
          {
            position: 1,
            interventionTypeCode: 'PRAKTIK',
            responsible: 'AF',
            parallelWithPrevious: false,
            startWeek: 2,
            endWeek: 8,
          },
        ],
      });
      const taken = await subgraph.call(officer, saveTemplateMutation, { input });
      expect(taken.errors?.[0]?.extensions).toMatchObject({ reason: 'TEMPLATE.CODE_TAKEN' });
      const next = await createTrack(subgraph, agreementId);
      const applied = await must<{ chain: Step[] }>(subgraph, officer, applyTemplateMutation, {
        trackId: next.id,
        templateCode: 'LAGER_SODERTALJE',
      });
      expect(applied.chain.map((s) => [s.interventionTypeCode, s.plannedStart])).toEqual([
        ['PRAKTIK', '2027-05-15'],
      ]);
    });

    it('refuses to save a closed track whose published evaluation does not call it a good example', async () => {
      const track = await createTrack(subgraph, agreementId);
      for (const phase of ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING']) {
        await completePhase(subgraph, track.id, phase);
        if (phase === 'CLOSING') await publishedEvaluation(subgraph, track.id, false);
        await must(subgraph, officer, advanceMutation, { trackId: track.id });
      }
      const before = await chainTraces(subgraph);
      const refused = await subgraph.call(officer, saveTemplateMutation, {
        input: { trackId: track.id, code: 'NOT_AN_EXAMPLE', name: 'Inget exempel' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'TEMPLATE.NOT_A_GOOD_EXAMPLE',
      });
      expect(await chainTraces(subgraph)).toBe(before);
    });
  });

  describe('the planned chain', () => {
    it('adds, inserts, moves, changes and removes steps in planning, with an event each', async () => {
      const track = await createTrack(subgraph, agreementId);
      await must(subgraph, officer, addStepMutation, {
        input: { trackId: track.id, ...typeStep('JOBBFORUM') },
      });
      await must(subgraph, caseWorker, addStepMutation, {
        input: {
          trackId: track.id,
          ...typeStep('SKRADDARSYDD_UTBILDNING', {
            responsible: 'PROVIDER',
            startWeek: 8,
            endWeek: 20,
          }),
        },
      });
      const letterOfIntentId = randomUUID();
      const inserted = await must<{ chain: Step[] }>(subgraph, officer, addStepMutation, {
        input: {
          trackId: track.id,
          position: 2,
          ...typeStep('INTRODUKTIONSPRAKTIK', {
            responsible: 'EMPLOYER',
            startWeek: 4,
            endWeek: 7,
          }),
          letterOfIntentId,
        },
      });
      expect(inserted.chain.map((s) => [s.position, s.interventionTypeCode])).toEqual([
        [1, 'JOBBFORUM'],
        [2, 'INTRODUKTIONSPRAKTIK'],
        [3, 'SKRADDARSYDD_UTBILDNING'],
      ]);
      const [jobbforum, praktik, utbildning] = inserted.chain;
      const moved = await must<{ chain: Step[] }>(subgraph, officer, moveStepMutation, {
        input: { trackId: track.id, stepId: jobbforum!.id, position: 3 },
      });
      expect(moved.chain.map((s) => s.id)).toEqual([praktik!.id, utbildning!.id, jobbforum!.id]);
      const changed = await must<{ chain: Step[] }>(subgraph, officer, changeStepMutation, {
        input: {
          trackId: track.id,
          stepId: utbildning!.id,
          interventionTypeCode: 'YRKESVUX',
          responsible: 'MUNICIPALITY',
          parallelWithPrevious: true,
          plannedStart: '2027-06-01',
          plannedEnd: '2027-09-30',
        },
      });
      expect(changed.chain[1]).toMatchObject({
        interventionTypeCode: 'YRKESVUX',
        responsible: 'MUNICIPALITY',
        parallelWithPrevious: true,
        plannedStart: '2027-06-01',
        plannedEnd: '2027-09-30',
        startWeek: null,
      });
      const removed = await must<{ chain: Step[] }>(subgraph, officer, removeStepMutation, {
        trackId: track.id,
        stepId: praktik!.id,
      });
      expect(removed.chain.map((s) => [s.position, s.id])).toEqual([
        [1, utbildning!.id],
        [2, jobbforum!.id],
      ]);
      const added = await eventsOf(track.id, 'chain.step-added', 3);
      expect(added[2]).toMatchObject({
        stepId: praktik!.id,
        position: 2,
        interventionTypeCode: 'INTRODUKTIONSPRAKTIK',
        responsible: 'EMPLOYER',
        startWeek: 4,
        endWeek: 7,
        letterOfIntentId,
        addedBy: officer.userId,
      });
      const changes = await eventsOf(track.id, 'chain.step-changed', 2);
      expect(changes.map((e) => e!.stepId)).toEqual([jobbforum!.id, utbildning!.id]);
      expect(changes[1]).toMatchObject({ plannedStart: '2027-06-01', startWeek: null });
      expect(await eventsOf(track.id, 'chain.step-removed')).toEqual([
        expect.objectContaining({ stepId: praktik!.id, removedBy: officer.userId }),
      ]);
    });

    it('changes the chain only in planning: later, only through adaptations', async () => {
      const track = await createTrack(subgraph, agreementId);
      await must(subgraph, officer, addStepMutation, {
        input: { trackId: track.id, ...typeStep('JOBBFORUM') },
      });
      await completePhase(subgraph, track.id, 'PLANNING');
      await must(subgraph, officer, advanceMutation, { trackId: track.id });
      const before = await chainTraces(subgraph);
      const refused = await add(track.id, typeStep('PRAKTIK'));
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'CHAIN.WRONG_PHASE',
      });
      expect(await chainTraces(subgraph)).toBe(before);
    });

    it('answers a step naming an offering the replica has not seen with a retryable error, and takes it once the offering arrives', async () => {
      const track = await createTrack(subgraph, agreementId);
      const offeringId = randomUUID();
      const step = {
        offeringId,
        responsible: 'PROVIDER',
        parallelWithPrevious: false,
        plannedStart: '2027-05-03',
        plannedEnd: '2027-05-28',
      };
      const before = await chainTraces(subgraph);
      const early = await add(track.id, step);
      expect(early.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'CHAIN.OFFERING_NOT_REPLICATED',
        field: 'offeringId',
        retryable: true,
      });
      expect(await chainTraces(subgraph)).toBe(before);
      await activities.offeringCreated(offeringId, 'INTRODUKTIONSPRAKTIK');
      let chain: Step[] = [];
      await expectEventually(
        async () => {
          const response = await add(track.id, step);
          expect(response.errors).toBeUndefined();
          chain = response.data!.addChainStep.chain;
        },
        { timeoutMs: 30_000 },
      );
      expect(chain[0]).toMatchObject({
        offeringId,
        offering: { id: offeringId },
        interventionTypeCode: 'INTRODUKTIONSPRAKTIK',
      });
      // A cancelled offering is no step to plan.
      await activities.offeringCancelled(offeringId);
      await expectEventually(
        async () => {
          const response = await add(track.id, step);
          expect(response.errors?.[0]?.extensions).toMatchObject({
            reason: 'CHAIN.OFFERING_CANCELLED',
          });
        },
        { timeoutMs: 30_000 },
      );
    });

    it('knows the 13 seeded intervention types and those the catalogue adds later', async () => {
      const track = await createTrack(subgraph, agreementId);
      const code = `NYTT_${randomUUID().slice(0, 8).toUpperCase().replace(/-/g, '')}`.replace(
        /[^A-Z0-9_]/g,
        'X',
      );
      const early = await add(track.id, typeStep(code));
      expect(early.errors?.[0]?.extensions).toMatchObject({
        reason: 'CHAIN.INTERVENTION_TYPE_NOT_REPLICATED',
        retryable: true,
      });
      await activities.typeAdded(code);
      await expectEventually(
        async () => expect((await add(track.id, typeStep(code))).errors).toBeUndefined(),
        { timeoutMs: 30_000 },
      );
      for (const seeded of ['APL', 'SFI', 'GRUPPTRAFF', 'FORELASNING', 'STUDIEMOTIVERANDE_KURS']) {
        expect((await add(track.id, typeStep(seeded))).errors).toBeUndefined();
      }
    });
  });

  describe('per-participant adaptations', () => {
    it('shortens, removes and adds steps for one participant with a reason the team sees and the event leaves out', async () => {
      const track = await createTrack(subgraph, agreementId);
      const { chain } = await must<{ chain: Step[] }>(subgraph, officer, applyTemplateMutation, {
        trackId: track.id,
        templateCode: 'JOBBNATET_METHOD',
      });
      const early = await subgraph.call(officer, adaptMutation, {
        input: {
          trackId: track.id,
          participantId: randomUUID(),
          kind: 'REMOVE',
          stepId: chain[0]!.id,
          reason: 'För tidigt',
        },
      });
      expect(early.errors?.[0]?.extensions).toMatchObject({ reason: 'CHAIN.WRONG_PHASE' });
      await implementing(subgraph, track.id);
      const participantId = randomUUID();
      const other = randomUUID();
      const shortenReason = 'Har redan gymnasiekompetens inom lager, kortare utbildning räcker.';
      await must(subgraph, officer, adaptMutation, {
        input: {
          trackId: track.id,
          participantId,
          kind: 'SHORTEN',
          stepId: chain[3]!.id,
          plannedEnd: '2027-08-15',
          reason: shortenReason,
        },
      });
      await must(subgraph, caseWorker, adaptMutation, {
        input: {
          trackId: track.id,
          participantId,
          kind: 'REMOVE',
          stepId: chain[0]!.id,
          reason: 'Deltog i Jobbforum i våras.',
        },
      });
      const current = await must<ParticipantChain>(subgraph, officer, adaptMutation, {
        input: {
          trackId: track.id,
          participantId,
          kind: 'ADD',
          step: {
            interventionTypeCode: 'SFI',
            responsible: 'MUNICIPALITY',
            plannedStart: '2027-05-03',
            plannedEnd: '2027-08-27',
          },
          reason: 'Behöver stärka svenskan parallellt.',
        },
      });
      expect(current.steps.map((s) => [s.interventionTypeCode, s.status, s.plannedEnd])).toEqual([
        ['JOBBFORUM', 'REMOVED', '2027-05-28'],
        ['INTRODUKTIONSPRAKTIK', 'AS_PLANNED', '2027-06-25'],
        ['KOMPETENSANALYS', 'AS_PLANNED', '2027-06-11'],
        ['SKRADDARSYDD_UTBILDNING', 'SHORTENED', '2027-08-15'],
        ['COACHING', 'AS_PLANNED', '2027-10-29'],
        ['SFI', 'ADDED', '2027-08-27'],
      ]);
      expect(current.adaptations.map((a) => a.kind)).toEqual(['SHORTEN', 'REMOVE', 'ADD']);
      expect(current.adaptations[0]!.reason).toBe(shortenReason);

      // Removing it twice, or shortening past its end, is refused without a trace.
      const before = await chainTraces(subgraph);
      const twice = await subgraph.call(officer, adaptMutation, {
        input: {
          trackId: track.id,
          participantId,
          kind: 'REMOVE',
          stepId: chain[0]!.id,
          reason: 'Igen',
        },
      });
      expect(twice.errors?.[0]?.extensions).toMatchObject({ reason: 'CHAIN.STEP_ALREADY_REMOVED' });
      const longer = await subgraph.call(officer, adaptMutation, {
        input: {
          trackId: track.id,
          participantId,
          kind: 'SHORTEN',
          stepId: chain[3]!.id,
          plannedEnd: '2027-09-30',
          reason: 'Längre',
        },
      });
      expect(longer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'plannedEnd',
      });
      expect(await chainTraces(subgraph)).toBe(before);

      // Every party sees the participant's current chain; only the team reads the reasons.
      const seen = await view(track.id, officer, participantId);
      expect(seen.participantChains).toHaveLength(1);
      expect(seen.participantChains[0]!.steps.map((s) => s.status)).toContain('SHORTENED');
      const employer = callers.employerContact(employerId);
      const theirs = await view(track.id, employer, participantId);
      expect(theirs.participantChains[0]!.steps).toEqual(seen.participantChains[0]!.steps);
      expect(theirs.participantChains[0]!.adaptations.every((a) => a.reason === null)).toBe(true);
      // Another participant without adaptations follows the plan.
      const plain = await view(track.id, officer, other);
      expect(plain.participantChains[0]!.steps.every((s) => s.status === 'AS_PLANNED')).toBe(true);

      const [stored] = await subgraph.sql<{ reason_encrypted: string }>(
        'SELECT reason_encrypted FROM chain_adaptation WHERE participant_id = $1 AND kind = $2',
        [participantId, 'SHORTEN'],
      );
      expect(stored!.reason_encrypted).not.toContain('gymnasiekompetens');
      const events = await eventsOf(track.id, 'chain.adapted', 3);
      expect(events[0]).toMatchObject({
        participantId,
        kind: 'SHORTEN',
        stepId: chain[3]!.id,
        plannedEnd: '2027-08-15',
      });
      expect(events[2]).toMatchObject({ kind: 'ADD', interventionTypeCode: 'SFI', stepId: null });
      expect(JSON.stringify(events)).not.toContain('svenskan');
    });
  });

  describe('follow-ups', () => {
    it('lists due and overdue meetings, records the three dimensions, and takes adjustments', async () => {
      const track = await createTrack(subgraph, agreementId);
      const { chain } = await must<{ chain: Step[] }>(subgraph, officer, addStepMutation, {
        input: { trackId: track.id, ...typeStep('JOBBFORUM') },
      });
      await implementing(subgraph, track.id);
      // A schedule begun in the past: its first meetings are overdue, later ones upcoming.
      await must(subgraph, officer, scheduleMutation, {
        input: {
          trackId: track.id,
          everyDays: 14,
          fromDate: '2020-01-06',
          untilDate: '2020-02-03',
          employmentStart: '2089-01-15',
          afterEmploymentMonths: [3, 12],
        },
      });
      const seen = await view(track.id);
      expect(seen.followUps).toEqual([
        {
          dueDate: '2020-01-06',
          kind: 'DURING_IMPLEMENTATION',
          status: 'OVERDUE',
          followUpId: null,
        },
        {
          dueDate: '2020-01-20',
          kind: 'DURING_IMPLEMENTATION',
          status: 'OVERDUE',
          followUpId: null,
        },
        {
          dueDate: '2020-02-03',
          kind: 'DURING_IMPLEMENTATION',
          status: 'OVERDUE',
          followUpId: null,
        },
        { dueDate: '2089-04-15', kind: 'AFTER_EMPLOYMENT', status: 'UPCOMING', followUpId: null },
        { dueDate: '2090-01-15', kind: 'AFTER_EMPLOYMENT', status: 'UPCOMING', followUpId: null },
      ]);
      const overdue = async (caller = officer) =>
        (
          await subgraph.call<{
            overdueFollowUps: {
              trackId: string;
              dueDate: string;
              daysOverdue: number;
              track: { id: string };
            }[];
          }>(caller, overdueQuery, {})
        ).data!.overdueFollowUps.filter((m) => m.trackId === track.id);
      expect((await overdue()).map((m) => m.dueDate)).toEqual([
        '2020-01-06',
        '2020-01-20',
        '2020-02-03',
      ]);
      expect((await overdue())[0]!.track.id).toBe(track.id);
      expect((await overdue())[0]!.daysOverdue).toBeGreaterThan(365);
      expect(await overdue(callers.officer('af-solna'))).toEqual([]);

      const participantId = randomUUID();
      const note = 'Behöver stöd med körkortsteori, annars följer planen.';
      const recorded = await must<{ id: string; participants: { note: string | null }[] }>(
        subgraph,
        caseWorker,
        recordMutation,
        {
          input: {
            trackId: track.id,
            dueDate: '2020-01-20',
            heldOn: '2020-01-21',
            quality: 'NEEDS_ATTENTION',
            transitions: 'DELAYED',
            qualityComment: 'Övergången från praktik till utbildning drog ut på tiden.',
            participants: [
              { participantId, progression: 'BEHIND', supportNeeds: ['SKILLS', 'PRACTICAL'], note },
            ],
            employers: [
              {
                employerId,
                experience: 'POSITIVE',
                supportNeeds: ['MENTORING'],
                comment: 'Nöjd med matchningen.',
              },
            ],
          },
        },
      );
      expect(recorded.participants[0]!.note).toBe(note);
      const after = await view(track.id);
      expect(after.followUps[1]).toMatchObject({ status: 'RECORDED', followUpId: recorded.id });
      expect((await overdue()).map((m) => m.dueDate)).toEqual(['2020-01-06', '2020-02-03']);
      const [event] = await eventsOf(track.id, 'follow-up.recorded');
      expect(event).toMatchObject({
        followUpId: recorded.id,
        dueDate: '2020-01-20',
        quality: 'NEEDS_ATTENTION',
        participantIds: [participantId],
        employerIds: [employerId],
      });
      expect(JSON.stringify(event)).not.toContain('körkort');
      const [stored] = await subgraph.sql<{ note_encrypted: string }>(
        'SELECT note_encrypted FROM follow_up_participant WHERE participant_id = $1',
        [participantId],
      );
      expect(stored!.note_encrypted).not.toContain('körkort');

      const before = await chainTraces(subgraph);
      const base = {
        trackId: track.id,
        heldOn: '2020-01-21',
        quality: 'WORKING_WELL',
        transitions: 'SMOOTH',
        participants: [],
        employers: [],
      };
      const again = await subgraph.call(officer, recordMutation, {
        input: { ...base, dueDate: '2020-01-20' },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'FOLLOW_UP.ALREADY_RECORDED' });
      const off = await subgraph.call(officer, recordMutation, {
        input: { ...base, dueDate: '2020-01-21' },
      });
      expect(off.errors?.[0]?.extensions).toMatchObject({ reason: 'FOLLOW_UP.NOT_A_MEETING' });
      const stranger = await subgraph.call(officer, recordMutation, {
        input: {
          ...base,
          employers: [{ employerId: randomUUID(), experience: 'MIXED', supportNeeds: [] }],
        },
      });
      expect(stranger.errors?.[0]?.extensions).toMatchObject({ field: 'employers' });
      expect(await chainTraces(subgraph)).toBe(before);

      const reason = 'Förlänger handledningen två veckor efter uppföljningen.';
      const adjustment = await must<{ id: string; area: string; reason: string }>(
        subgraph,
        officer,
        adjustMutation,
        {
          input: {
            trackId: track.id,
            area: 'TIMELINE',
            followUpId: recorded.id,
            stepId: chain[0]!.id,
            reason,
          },
        },
      );
      expect(adjustment).toMatchObject({ area: 'TIMELINE', reason, madeBy: officer.userId });
      expect(await eventsOf(track.id, 'adjustment.made')).toEqual([
        expect.objectContaining({
          adjustmentId: adjustment.id,
          followUpId: recorded.id,
          area: 'TIMELINE',
          stepId: chain[0]!.id,
        }),
      ]);
      const employerView = await view(track.id, callers.employerContact(employerId));
      expect(employerView.adjustments[0]).toMatchObject({ id: adjustment.id, reason: null });
      expect(employerView.followUpRecords[0]!.participants[0]!.note).toBeNull();
      expect((await view(track.id)).followUpRecords[0]!.participants[0]!.note).toBe(note);
    });

    it('records follow-ups only during implementation', async () => {
      const track = await createTrack(subgraph, agreementId);
      const before = await chainTraces(subgraph);
      const refused = await subgraph.call(officer, recordMutation, {
        input: {
          trackId: track.id,
          heldOn: '2027-03-01',
          quality: 'WORKING_WELL',
          transitions: 'SMOOTH',
          participants: [],
          employers: [],
        },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'CHAIN.WRONG_PHASE' });
      expect(await chainTraces(subgraph)).toBe(before);
    });
  });

  describe('erasure', () => {
    it('drops an erased participant’s adaptation reasons and follow-up notes, keeping the records and everyone else’s text', async () => {
      const track = await createTrack(subgraph, agreementId);
      const { chain } = await must<{ chain: Step[] }>(subgraph, officer, addStepMutation, {
        input: { trackId: track.id, ...typeStep('JOBBFORUM') },
      });
      await implementing(subgraph, track.id);
      await must(subgraph, officer, scheduleMutation, {
        input: {
          trackId: track.id,
          everyDays: 14,
          fromDate: '2020-01-06',
          untilDate: '2020-01-20',
          employmentStart: '2089-01-15',
          afterEmploymentMonths: [3],
        },
      });
      const [erased, kept] = [randomUUID(), randomUUID()];
      for (const participantId of [erased, kept]) {
        await must(subgraph, officer, adaptMutation, {
          input: {
            trackId: track.id,
            participantId,
            kind: 'REMOVE',
            stepId: chain[0]!.id,
            reason: 'Har redan gått Jobbforum.',
          },
        });
      }
      await must(subgraph, caseWorker, recordMutation, {
        input: {
          trackId: track.id,
          dueDate: '2020-01-06',
          heldOn: '2020-01-07',
          quality: 'WORKING_WELL',
          transitions: 'SMOOTH',
          qualityComment: null,
          participants: [erased, kept].map((participantId) => ({
            participantId,
            progression: 'ON_TRACK',
            supportNeeds: [],
            note: 'Behöver stöd med körkortsteori.',
          })),
          employers: [],
        },
      });

      const participants = await ParticipantEvents.start();
      try {
        await participants.publish(participants.registered(erased), participants.erased(erased));
      } finally {
        await participants.stop();
      }
      const text = () =>
        subgraph.sql<{ participant_id: string; reason: boolean; note: boolean }>(
          `SELECT a.participant_id, a.reason_encrypted IS NOT NULL AS reason,
             f.note_encrypted IS NOT NULL AS note
           FROM chain_adaptation a JOIN follow_up_participant f USING (participant_id)
           WHERE a.track_id = $1 ORDER BY a.participant_id = $2`,
          [track.id, erased],
        );
      await expectEventually(async () =>
        expect(await text()).toEqual([
          { participant_id: kept, reason: true, note: true },
          { participant_id: erased, reason: false, note: false },
        ]),
      );
      const seen = await subgraph.call<{
        jobTrack: { participantChains: { adaptations: { reason: string | null }[] }[] };
      }>(
        officer,
        `query Q($id: ID!, $p: ID) { jobTrack(id: $id) {
          participantChains(participantId: $p) { adaptations { reason } } } }`,
        { id: track.id, p: erased },
      );
      expect(seen.data?.jobTrack.participantChains).toEqual([{ adaptations: [{ reason: null }] }]);
    });
  });

  describe('scope', () => {
    it('answers a foreign track and a missing one alike on every command, and lets readers only read', async () => {
      const track = await createTrack(subgraph, agreementId);
      const stranger = callers.officer('af-solna');
      const before = await chainTraces(subgraph);
      for (const trackId of [track.id, randomUUID()]) {
        const commands = [
          add(trackId, typeStep('JOBBFORUM'), stranger),
          subgraph.call(stranger, applyTemplateMutation, {
            trackId,
            templateCode: 'JOBBNATET_METHOD',
          }),
          subgraph.call(stranger, scheduleMutation, {
            input: {
              trackId,
              everyDays: 14,
              fromDate: '2027-05-01',
              untilDate: '2027-10-31',
              afterEmploymentMonths: [],
            },
          }),
          subgraph.call(stranger, adjustMutation, {
            input: { trackId, area: 'SUPPORT', reason: 'Mer stöd' },
          }),
        ];
        for (const response of await Promise.all(commands)) {
          expect(response.errors?.[0]?.extensions).toMatchObject({
            code: 'NOT_FOUND',
            reason: 'TRACK.NOT_FOUND',
          });
        }
      }
      const leader = { ...callers.processLeader(), officeId: 'af-sodertalje' };
      const read = await add(track.id, typeStep('JOBBFORUM'), leader);
      expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(await chainTraces(subgraph)).toBe(before);
      const foreignView = await subgraph.call<{ jobTrack: unknown }>(stranger, trackChainQuery, {
        id: track.id,
      });
      expect(foreignView.data?.jobTrack).toBeNull();
    });
  });
});
