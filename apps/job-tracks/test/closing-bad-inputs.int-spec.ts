import { randomUUID } from 'node:crypto';
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
  aDraft,
  approveMutation,
  certificateMutation,
  closingTraces,
  draftMutation,
  handOverMutation,
  publishMutation,
  resultMutation,
  trackInClosing,
} from './support/closing';
import {
  activeAgreement,
  admin,
  createTrack,
  must,
  officer,
  startJobTracks,
} from './support/job-tracks';
import { replicateEmployers } from './support/employers';
import { assessMutation, joinMutation, supportMutation } from './support/rollout';

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const badId = hostileString().filter((value) => !isUuid(value));
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
/** Any string that is not one of `values`: enums refused by GraphQL or by the rules. */
const notOneOf = (values: readonly string[]) =>
  hostileString().filter((value) => !values.includes(value));

describe('closing and rollout mutations under >= 1000 generated bad inputs: 0 server errors, nothing written', () => {
  let subgraph: Subgraph;
  let trackId: string;
  let targetTrackId: string;
  const notHiredId = randomUUID();
  const written = () => closingTraces(subgraph);

  beforeAll(async () => {
    subgraph = await startJobTracks();
    await replicateEmployers(subgraph);
    const agreementId = await activeAgreement(subgraph);
    trackId = await trackInClosing(subgraph, agreementId);
    targetTrackId = (await createTrack(subgraph, agreementId)).id;
    await must(subgraph, officer, resultMutation, {
      input: { trackId, participantId: notHiredId, outcome: 'DISCONTINUED', reasonCode: 'MOVED' },
    });
    // Open answers in the draft: approving and publishing it is refused, naming them.
    await must(subgraph, officer, draftMutation, { input: { trackId, goodExample: true } });
    await must(subgraph, admin, joinMutation, {
      input: {
        officeId: 'af-sodertalje',
        joinedOn: '2006-05-02',
        processLeaderIds: [randomUUID()],
      },
    });
  });

  afterAll(() => subgraph?.stop({ dropDatabase: true }));

  it('recordParticipantResult', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, resultMutation, { input }),
      inputs: fc.oneof(
        oneFieldBroken(
          {
            trackId,
            participantId: notHiredId,
            outcome: 'EMPLOYED',
            employmentForm: 'SUBSIDISED',
            subsidyKind: 'NYSTARTSJOBB',
            reasonCode: null as string | null,
          },
          {
            trackId: badId,
            participantId: badId,
            outcome: notOneOf(['EMPLOYED', 'OTHER_INTERVENTION', 'DISCONTINUED']),
            employmentForm: fc.oneof(
              fc.constant(null),
              notOneOf(['UNSUBSIDISED', 'SUBSIDISED', 'PREPARATORY']),
            ),
            subsidyKind: fc.oneof(fc.constant(null), hostileString()),
            reasonCode: fc.oneof(fc.constant('MOVED'), hostileString()),
          },
        ),
        oneFieldBroken(
          {
            trackId,
            participantId: notHiredId,
            outcome: 'OTHER_INTERVENTION',
            employmentForm: null as string | null,
            subsidyKind: null as string | null,
            reasonCode: 'LANGUAGE',
          },
          {
            employmentForm: fc.constantFrom('UNSUBSIDISED', 'PREPARATORY'),
            subsidyKind: fc.constantFrom('LONEBIDRAG', 'OTHER'),
            reasonCode: fc.oneof(fc.constant(null), hostileString()),
          },
        ),
      ),
      traces: written,
    });
  });

  it('recordCertificate', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, certificateMutation, { input }),
      inputs: oneFieldBroken(
        { trackId, participantId: randomUUID(), issuedOn: '2027-12-10' },
        { trackId: badId, participantId: badId, issuedOn: badDate },
      ),
      traces: written,
    });
  });

  it('handOverParticipant', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, handOverMutation, { input }),
      inputs: oneFieldBroken(
        { trackId, participantId: notHiredId, targetTrackId },
        {
          trackId: badId,
          participantId: fc.oneof(badId, fc.uuid()),
          targetTrackId: fc.oneof(badId, fc.uuid(), fc.constant(trackId)),
        },
      ),
      traces: written,
    });
  });

  it('saveEvaluationDraft', async () => {
    const valid = aDraft(trackId);
    const review = valid.phaseReviews[0]!;
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, draftMutation, { input }),
      inputs: oneFieldBroken(valid, {
        trackId: badId,
        resultsExplanation: badText(4000),
        trainingMatchedParticipantNeeds: notOneOf(['YES', 'PARTLY', 'NO']),
        trainingMatchedEmployerExpectations: notOneOf(['YES', 'PARTLY', 'NO']),
        trainingComment: badText(4000),
        phaseReviews: fc.oneof(
          fc.constant([review, review]),
          notOneOf(['WORKED_WELL', 'WORKED_PARTLY', 'WORKED_POORLY']).map((rating) => [
            { ...review, rating },
          ]),
          badText(4000).map((comment) => [{ ...review, comment }]),
          hostileString().map((phase) => [{ ...review, phase }]),
        ),
        continuedNeed: fc.oneof(hostileString(), hostileNumber()),
        newStarts: hostileNumber().filter((n) => !(Number.isInteger(n) && n >= 0 && n <= 1000)),
        continuedNeedComment: badText(4000),
        changeRecommended: hostileString(),
        changeDescription: badText(4000),
        goodExample: hostileNumber(),
        goodExampleMotivation: badText(4000),
      }),
      traces: written,
    });
  });

  it.each([
    ['approveEvaluation', approveMutation],
    ['publishEvaluation', publishMutation],
  ])('%s', async (_name, mutation) => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(officer, mutation, input),
      // The real track is refused too: its draft has open answers.
      inputs: oneFieldBroken(
        { trackId },
        { trackId: fc.oneof(badId, fc.uuid(), fc.constant(trackId)) },
      ),
      traces: written,
    });
  });

  it('joinMethodRollout', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(admin, joinMutation, { input }),
      inputs: oneFieldBroken(
        { officeId: 'af-solna', joinedOn: '2006-05-02', processLeaderIds: [randomUUID()] },
        {
          // af-sodertalje has joined already.
          officeId: fc.oneof(hostileString(), fc.constant('af-sodertalje')),
          joinedOn: badDate,
          processLeaderIds: fc.oneof(
            fc.constant([]),
            badId.map((id) => [id]),
            fc.constant(Array.from({ length: 11 }, () => randomUUID())),
          ),
        },
      ),
      traces: written,
    });
  });

  it('recordRolloutSupport', async () => {
    await assertEveryBadInputRefused({
      // An admin may write every office: what is refused is the input.
      send: ({ input }) => subgraph.call(admin, supportMutation, { input }),
      inputs: oneFieldBroken(
        { officeId: 'af-sodertalje', kind: 'MATERIALS', givenOn: '2006-09-01' },
        {
          officeId: hostileString().filter((v) => v !== 'af-sodertalje'),
          kind: notOneOf(['TRAINING_SESSION', 'MATERIALS', 'ON_SITE_COACHING']),
          givenOn: badDate,
        },
      ),
      traces: written,
    });
  });

  it('assessOfficeAdoption', async () => {
    await assertEveryBadInputRefused({
      send: ({ input }) => subgraph.call(admin, assessMutation, { input }),
      inputs: oneFieldBroken(
        {
          officeId: 'af-sodertalje',
          level: 'PARTIAL',
          assessedOn: '2007-03-01',
          evidence: 'Jobbforum körs varje vecka.',
        },
        {
          officeId: hostileString().filter((v) => v !== 'af-sodertalje'),
          level: notOneOf(['NOT_STARTED', 'PARTIAL', 'FULL']),
          assessedOn: badDate,
          evidence: badText(4000),
        },
      ),
      traces: written,
    });
  });
});
