import type { Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  hostileDate,
  hostileNumber,
  hostileString,
  oneFieldBroken,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  adaptMutation,
  addStepMutation,
  adjustMutation,
  applyTemplateMutation,
  chainTraces,
  changeStepMutation,
  implementing,
  moveStepMutation,
  recordMutation,
  removeStepMutation,
  saveTemplateMutation,
  scheduleMutation,
} from './support/chain';
import {
  activeAgreement,
  advanceMutation,
  completePhase,
  createTrack,
  employerId,
  must,
  officer,
  startJobTracks,
} from './support/job-tracks';
import { publishedEvaluation } from './support/closing';
import { replicateEmployers } from './support/employers';

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const badId = hostileString().filter((value) => !isUuid(value));
const badCode = hostileString().filter((value) => !/^[A-Z][A-Z0-9_]{1,39}$/.test(value));
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
const isBadDate = (value: string) =>
  !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
  Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value ||
  value < '2000-01-01' ||
  value > '2099-12-31';
const badDate = fc.oneof(hostileDate(), hostileString()).filter(isBadDate);
const outside = (min: number, max: number) =>
  hostileNumber().filter((n) => !(Number.isInteger(n) && n >= min && n <= max));
const validParticipant = {
  participantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  progression: 'ON_TRACK',
  supportNeeds: ['LANGUAGE'],
  note: 'Följer planen.',
};
const validEmployer = { employerId, experience: 'POSITIVE', supportNeeds: [], comment: null };

describe('every chain mutation under >= 1000 generated bad inputs: 0 server errors, nothing written', () => {
  let subgraph: Subgraph;
  let planning: string;
  let stepId: string;
  let empty: string;
  let implementingTrack: string;
  let implementingStep: string;
  let closed: string;
  const written = () => chainTraces(subgraph);

  beforeAll(async () => {
    subgraph = await startJobTracks();
    await replicateEmployers(subgraph);
    const agreementId = await activeAgreement(subgraph);
    planning = (await createTrack(subgraph, agreementId)).id;
    const added = await must<{ chain: { id: string }[] }>(subgraph, officer, addStepMutation, {
      input: {
        trackId: planning,
        interventionTypeCode: 'JOBBFORUM',
        responsible: 'AF',
        parallelWithPrevious: false,
        startWeek: 0,
        endWeek: 3,
      },
    });
    stepId = added.chain[0]!.id;
    empty = (await createTrack(subgraph, agreementId)).id;
    implementingTrack = (await createTrack(subgraph, agreementId)).id;
    const applied = await must<{ chain: { id: string }[] }>(
      subgraph,
      officer,
      applyTemplateMutation,
      { trackId: implementingTrack, templateCode: 'JOBBNATET_METHOD' },
    );
    implementingStep = applied.chain[3]!.id;
    await implementing(subgraph, implementingTrack);
    closed = (await createTrack(subgraph, agreementId)).id;
    for (const phase of ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING']) {
      await completePhase(subgraph, closed, phase);
      if (phase === 'CLOSING') await publishedEvaluation(subgraph, closed);
      await must(subgraph, officer, advanceMutation, { trackId: closed });
    }
  });

  afterAll(() => subgraph?.stop({ dropDatabase: true }));

  const step = () => ({
    interventionTypeCode: 'PRAKTIK',
    responsible: 'PROVIDER',
    parallelWithPrevious: false,
    startWeek: 4,
    endWeek: 8,
    letterOfIntentId: null as string | null,
  });
  const stepBroken = {
    interventionTypeCode: badCode,
    offeringId: badId,
    responsible: hostileString(),
    parallelWithPrevious: hostileString(),
    startWeek: outside(-52, 156),
    endWeek: fc.oneof(outside(-52, 156), fc.constant(3)),
    letterOfIntentId: badId,
  };

  it('addChainStep', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, addStepMutation, { input }),
      inputs: oneFieldBroken(
        { trackId: planning, position: 1 as unknown, offeringId: null as unknown, ...step() },
        { trackId: badId, position: outside(1, 2), ...stepBroken },
      ),
      traces: written,
    });
  });

  it('changeChainStep', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, changeStepMutation, { input }),
      inputs: oneFieldBroken(
        {
          trackId: planning,
          stepId,
          offeringId: null as unknown,
          plannedStart: null as unknown,
          ...step(),
        },
        { trackId: badId, stepId: badId, plannedStart: badDate, ...stepBroken },
      ),
      traces: written,
    });
  });

  it('moveChainStep', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, moveStepMutation, { input }),
      inputs: oneFieldBroken(
        { trackId: planning, stepId, position: 1 },
        { trackId: badId, stepId: badId, position: outside(1, 1) },
      ),
      traces: written,
    });
  });

  it('removeChainStep', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, removeStepMutation, input),
      inputs: oneFieldBroken({ trackId: planning, stepId }, { trackId: badId, stepId: badId }),
      traces: written,
    });
  });

  it('applyTemplate', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, applyTemplateMutation, input),
      inputs: oneFieldBroken(
        { trackId: empty, templateCode: 'JOBBNATET_METHOD' },
        { trackId: badId, templateCode: hostileString() },
      ),
      traces: written,
    });
  });

  it('saveTrackAsTemplate', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, saveTemplateMutation, { input }),
      inputs: oneFieldBroken(
        { trackId: closed, code: 'GOTT_EXEMPEL', name: 'Gott exempel' },
        { trackId: badId, code: badCode, name: badText(200) },
      ),
      traces: written,
    });
  });

  it('adaptParticipantChain', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, adaptMutation, { input }),
      inputs: oneFieldBroken(
        {
          trackId: implementingTrack,
          participantId: validParticipant.participantId,
          kind: 'SHORTEN',
          stepId: implementingStep,
          step: null as unknown,
          plannedEnd: '2027-08-01',
          reason: 'Kortare utbildning räcker.',
        },
        {
          trackId: badId,
          participantId: badId,
          kind: hostileString(),
          stepId: badId,
          step: fc.constant({
            interventionTypeCode: 'SFI',
            responsible: 'AF',
            plannedStart: '2027-05-03',
            plannedEnd: '2027-06-01',
          }),
          plannedEnd: fc.oneof(badDate, fc.constant('2027-12-31')),
          reason: badText(1000),
        },
      ),
      traces: written,
    });
  });

  it('setFollowUpSchedule', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, scheduleMutation, { input }),
      inputs: oneFieldBroken(
        {
          trackId: implementingTrack,
          everyDays: 14,
          fromDate: '2027-05-01',
          untilDate: '2027-10-31',
          employmentStart: '2027-11-01',
          afterEmploymentMonths: [3, 6, 12],
        },
        {
          trackId: badId,
          everyDays: outside(1, 365),
          fromDate: badDate,
          untilDate: fc.oneof(badDate, fc.constant('2027-04-30'), fc.constant('2031-01-01')),
          employmentStart: badDate,
          afterEmploymentMonths: fc.oneof(
            outside(1, 36).map((m) => [m]),
            fc.constant([3, 3]),
            fc.constant([1, 2, 3, 4, 5, 6, 7]),
          ),
        },
      ),
      traces: written,
    });
  });

  it('recordFollowUp', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, recordMutation, { input }),
      inputs: oneFieldBroken(
        {
          trackId: implementingTrack,
          dueDate: null as unknown,
          heldOn: '2027-05-14',
          quality: 'WORKING_WELL',
          transitions: 'SMOOTH',
          qualityComment: null as unknown,
          participants: [validParticipant] as unknown[],
          employers: [validEmployer] as unknown[],
        },
        {
          trackId: badId,
          dueDate: badDate,
          heldOn: badDate,
          quality: hostileString(),
          transitions: hostileString(),
          qualityComment: badText(2000),
          participants: fc.oneof(
            badId.map((participantId) => [{ ...validParticipant, participantId }]),
            hostileString().map((progression) => [{ ...validParticipant, progression }]),
            hostileString().map((need) => [{ ...validParticipant, supportNeeds: [need] }]),
            badText(500).map((note) => [{ ...validParticipant, note }]),
            fc.constant([validParticipant, validParticipant]),
          ),
          employers: fc.oneof(
            badId.map((id) => [{ ...validEmployer, employerId: id }]),
            fc.constant([{ ...validEmployer, employerId: '1f2e3d4c-5b6a-4978-8a7b-6c5d4e3f2a1b' }]),
            hostileString().map((experience) => [{ ...validEmployer, experience }]),
            badText(2000).map((comment) => [{ ...validEmployer, comment }]),
          ),
        },
      ),
      traces: written,
    });
  });

  it('makeAdjustment', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, adjustMutation, { input }),
      inputs: oneFieldBroken(
        {
          trackId: implementingTrack,
          area: 'SUPPORT',
          followUpId: null as unknown,
          stepId: implementingStep,
          reason: 'Mer handledning första veckorna.',
        },
        {
          trackId: badId,
          area: hostileString(),
          followUpId: fc.oneof(badId, fc.constant('1f2e3d4c-5b6a-4978-8a7b-6c5d4e3f2a1b')),
          stepId: badId,
          reason: badText(2000),
        },
      ),
      traces: written,
    });
  });
});
