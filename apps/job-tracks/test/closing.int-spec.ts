import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { KafkaProbe, type ReceivedMessage } from '@jobbnatet/testing';
import {
  aDraft,
  approveMutation,
  certificateMutation,
  closingQuery,
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
  caseWorker,
  createTrack,
  employerId,
  must,
  officer,
  startJobTracks,
} from './support/job-tracks';
import { replicateEmployers } from './support/employers';

interface Evaluation {
  status: string;
  draftVersion: number;
  counts: Record<string, unknown>;
  afApproval: { userId: string } | null;
  municipalApproval: { userId: string } | null;
  publishedBy: string | null;
}
interface ClosingView {
  participantResults: { participantId: string; outcome: string }[];
  certificates: { participantId: string; issuedOn: string }[];
  handOvers: { participantId: string; targetTrackId: string }[];
  handOversIn: { trackId: string; participantId: string }[];
  evaluation: Evaluation | null;
}

describe('closing and the joint evaluation on real PostgreSQL and Kafka', () => {
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let agreementId: string;

  const view = async (id: string, caller = officer): Promise<ClosingView> =>
    (await subgraph.call<{ jobTrack: ClosingView }>(caller, closingQuery, { id })).data!.jobTrack;
  const reason = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.reason;
  const employed = (trackId: string, form = 'UNSUBSIDISED', subsidyKind: string | null = null) => ({
    trackId,
    participantId: randomUUID(),
    outcome: 'EMPLOYED',
    employmentForm: form,
    subsidyKind,
  });
  const notHired = (trackId: string, outcome: string, reasonCode: string) => ({
    trackId,
    participantId: randomUUID(),
    outcome,
    reasonCode,
  });
  const eventsOf = async (id: string, type: string, count = 1) => {
    const isType = (m: ReceivedMessage) => {
      const parsed = m.key === id ? parseEvent(m.value!) : null;
      return parsed?.ok === true && parsed.envelope.type === type;
    };
    const messages = await probe.waitForAll(isType, count, 10_000);
    return messages.slice(0, count).map((m) => {
      const parsed = parseEvent(m.value!);
      return parsed.ok ? parsed.envelope.data : null;
    });
  };
  /** Records the results, saves a complete draft and has both parties approve it. */
  const approvedTrack = async (
    results: (trackId: string) => Record<string, unknown>[] = () => [],
  ) => {
    const trackId = await trackInClosing(subgraph, agreementId);
    for (const input of results(trackId)) {
      await must(subgraph, officer, resultMutation, { input });
    }
    await must(subgraph, officer, draftMutation, { input: aDraft(trackId) });
    await must(subgraph, officer, approveMutation, { trackId });
    await must(subgraph, caseWorker, approveMutation, { trackId });
    return trackId;
  };

  beforeAll(async () => {
    subgraph = await startJobTracks();
    await replicateEmployers(subgraph);
    probe = await KafkaProbe.start([topics.jobTracks]);
    agreementId = await activeAgreement(subgraph);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  describe('participants’ results', () => {
    it('records each result with its form or reason and publishes codes only', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      const subsidised = employed(trackId, 'SUBSIDISED', 'NYSTARTSJOBB');
      const recorded = await must<{ outcome: string; subsidyKind: string; recordedBy: string }>(
        subgraph,
        officer,
        resultMutation,
        { input: subsidised },
      );
      expect(recorded).toMatchObject({
        outcome: 'EMPLOYED',
        subsidyKind: 'NYSTARTSJOBB',
        recordedBy: officer.userId,
      });
      const discontinued = notHired(trackId, 'DISCONTINUED', 'MOVED');
      await must(subgraph, caseWorker, resultMutation, { input: discontinued });
      expect((await view(trackId)).participantResults).toEqual([
        expect.objectContaining({ participantId: subsidised.participantId, outcome: 'EMPLOYED' }),
        expect.objectContaining({
          participantId: discontinued.participantId,
          outcome: 'DISCONTINUED',
        }),
      ]);
      expect(await eventsOf(trackId, 'track.participant-result-recorded', 2)).toEqual([
        {
          trackId,
          participantId: subsidised.participantId,
          outcome: 'EMPLOYED',
          employmentForm: 'SUBSIDISED',
          subsidyKind: 'NYSTARTSJOBB',
          reasonCode: null,
          recordedAt: expect.any(String),
          recordedBy: officer.userId,
        },
        expect.objectContaining({ outcome: 'DISCONTINUED', reasonCode: 'MOVED' }),
      ]);
    });

    it('corrects a result by recording it again', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      const first = notHired(trackId, 'OTHER_INTERVENTION', 'LANGUAGE');
      await must(subgraph, officer, resultMutation, { input: first });
      await must(subgraph, officer, resultMutation, {
        input: { ...first, outcome: 'EMPLOYED', employmentForm: 'PREPARATORY', reasonCode: null },
      });
      expect((await view(trackId)).participantResults).toEqual([
        expect.objectContaining({ outcome: 'EMPLOYED', employmentForm: 'PREPARATORY' }),
      ]);
    });

    it('refuses a result before the CLOSING phase and writes nothing', async () => {
      const { id } = await createTrack(subgraph, agreementId);
      const before = await closingTraces(subgraph);
      const refused = await subgraph.call(officer, resultMutation, { input: employed(id) });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'CLOSING.NOT_IN_CLOSING',
      });
      expect(await closingTraces(subgraph)).toBe(before);
    });
  });

  describe('certificates and hand-overs', () => {
    it('records grades and certificates once per participant, with the date', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      const participantId = randomUUID();
      const input = { trackId, participantId, issuedOn: '2027-12-10' };
      await must(subgraph, officer, certificateMutation, { input });
      const twice = await subgraph.call(caseWorker, certificateMutation, { input });
      expect(reason(twice)).toBe('CLOSING.ALREADY_RECORDED');
      expect((await view(trackId)).certificates).toEqual([
        { participantId, issuedOn: '2027-12-10' },
      ]);
      expect(await eventsOf(trackId, 'certificate.recorded')).toEqual([
        expect.objectContaining({
          participantId,
          issuedOn: '2027-12-10',
          recordedBy: officer.userId,
        }),
      ]);
    });

    it('hands a participant not hired over to a track still recruiting, which sees them arrive', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      const next = await createTrack(subgraph, agreementId);
      const result = notHired(trackId, 'OTHER_INTERVENTION', 'SKILLS_GAP');
      await must(subgraph, officer, resultMutation, { input: result });
      await must(subgraph, caseWorker, handOverMutation, {
        input: { trackId, participantId: result.participantId, targetTrackId: next.id },
      });
      expect((await view(trackId)).handOvers).toEqual([
        { participantId: result.participantId, targetTrackId: next.id },
      ]);
      expect((await view(next.id)).handOversIn).toEqual([
        { trackId, participantId: result.participantId },
      ]);
      expect(await eventsOf(trackId, 'participant.handed-over')).toEqual([
        expect.objectContaining({ participantId: result.participantId, targetTrackId: next.id }),
      ]);
      // Once handed over, the result cannot turn into a job here.
      const hired = await subgraph.call(officer, resultMutation, {
        input: { ...result, outcome: 'EMPLOYED', employmentForm: 'UNSUBSIDISED', reasonCode: null },
      });
      expect(reason(hired)).toBe('CLOSING.HAND_OVER_NOT_ALLOWED');
    });

    it('refuses a hand-over of someone hired, without a result, or to a track past recruitment', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      const other = await trackInClosing(subgraph, agreementId);
      const next = await createTrack(subgraph, agreementId);
      const hired = employed(trackId);
      await must(subgraph, officer, resultMutation, { input: hired });
      const before = await closingTraces(subgraph);
      for (const input of [
        { trackId, participantId: hired.participantId, targetTrackId: next.id },
        { trackId, participantId: randomUUID(), targetTrackId: next.id },
        { trackId, participantId: hired.participantId, targetTrackId: other },
        { trackId, participantId: hired.participantId, targetTrackId: trackId },
      ]) {
        const refused = await subgraph.call(officer, handOverMutation, { input });
        expect(reason(refused)).toBe('CLOSING.HAND_OVER_NOT_ALLOWED');
      }
      expect(await closingTraces(subgraph)).toBe(before);
    });

    it('answers a foreign and a missing target track the same: not found', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      const result = notHired(trackId, 'DISCONTINUED', 'OWN_CHOICE');
      await must(subgraph, officer, resultMutation, { input: result });
      const solnaAgreement = await activeAgreement(subgraph, {
        officeIds: ['af-sodertalje', 'af-solna'],
      });
      // A track of Solna's office alone: the Södertälje officer neither reads nor writes it.
      const foreign = await createTrack(
        subgraph,
        solnaAgreement,
        { officeIds: ['af-solna'] },
        admin,
      );
      const answers = [];
      for (const targetTrackId of [foreign.id, randomUUID()]) {
        const refused = await subgraph.call(officer, handOverMutation, {
          input: { trackId, participantId: result.participantId, targetTrackId },
        });
        answers.push({ reason: reason(refused), message: refused.errors?.[0]?.message });
      }
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]!.reason).toBe('CLOSING.TARGET_TRACK_NOT_FOUND');
    });
  });

  describe('the joint evaluation', () => {
    it('computes its counts from the results, never typed in', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      for (const input of [
        employed(trackId),
        employed(trackId),
        employed(trackId, 'SUBSIDISED', 'LONEBIDRAG'),
        employed(trackId, 'PREPARATORY'),
        notHired(trackId, 'OTHER_INTERVENTION', 'LANGUAGE'),
        notHired(trackId, 'OTHER_INTERVENTION', 'LANGUAGE'),
        notHired(trackId, 'DISCONTINUED', 'HEALTH'),
      ]) {
        await must(subgraph, officer, resultMutation, { input });
      }
      const draft = await must<Evaluation>(subgraph, officer, draftMutation, {
        input: aDraft(trackId),
      });
      expect(draft).toMatchObject({
        status: 'DRAFT',
        counts: {
          participants: 7,
          employed: 4,
          employedUnsubsidised: 2,
          employedSubsidised: 1,
          employedPreparatory: 1,
          otherIntervention: 2,
          discontinued: 1,
          notHiredReasons: [
            { reasonCode: 'LANGUAGE', count: 2 },
            { reasonCode: 'HEALTH', count: 1 },
          ],
        },
      });
    });

    it('is published once approved by both AF and the municipality, recording who, and is then frozen', async () => {
      const trackId = await approvedTrack((id) => [
        employed(id),
        notHired(id, 'DISCONTINUED', 'MOVED'),
      ]);
      const published = await must<Evaluation>(subgraph, admin, publishMutation, { trackId });
      expect(published).toMatchObject({
        status: 'PUBLISHED',
        afApproval: { userId: officer.userId },
        municipalApproval: { userId: caseWorker.userId },
        publishedBy: admin.userId,
        counts: { participants: 2, employed: 1, discontinued: 1 },
      });
      expect(await eventsOf(trackId, 'evaluation.published')).toEqual([
        expect.objectContaining({
          trackId,
          participants: 2,
          employed: 1,
          discontinued: 1,
          notHiredReasons: [{ reasonCode: 'MOVED', count: 1 }],
          goodExample: true,
          continuedNeed: true,
          newStarts: 10,
          afApprovedBy: officer.userId,
          municipalApprovedBy: caseWorker.userId,
          publishedBy: admin.userId,
        }),
      ]);

      const before = await closingTraces(subgraph);
      for (const [mutation, variables] of [
        [draftMutation, { input: aDraft(trackId) }],
        [approveMutation, { trackId }],
        [publishMutation, { trackId }],
        [resultMutation, { input: employed(trackId) }],
      ] as const) {
        expect(reason(await subgraph.call(officer, mutation, variables))).toBe(
          'CLOSING.EVALUATION_PUBLISHED',
        );
      }
      expect(await closingTraces(subgraph)).toBe(before);
      expect((await view(trackId)).evaluation).toMatchObject({ status: 'PUBLISHED' });
    });

    it('refuses to publish without both approvals, naming the missing party', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      await must(subgraph, officer, draftMutation, { input: aDraft(trackId) });
      await must(subgraph, caseWorker, approveMutation, { trackId });
      const refused = await subgraph.call(officer, publishMutation, { trackId });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'CLOSING.EVALUATION_NOT_APPROVED',
      });
      expect(refused.errors?.[0]?.message).toContain('AF');
      expect(refused.errors?.[0]?.message).not.toContain('MUNICIPALITY');
    });

    it('withdraws approvals when the draft or a result changes', async () => {
      const trackId = await approvedTrack();
      const redrafted = await must<Evaluation>(subgraph, caseWorker, draftMutation, {
        input: { ...aDraft(trackId), goodExample: false },
      });
      expect(redrafted).toMatchObject({ afApproval: null, municipalApproval: null });
      await must(subgraph, officer, approveMutation, { trackId });
      await must(subgraph, caseWorker, approveMutation, { trackId });
      await must(subgraph, officer, resultMutation, { input: employed(trackId) });
      expect((await view(trackId)).evaluation).toMatchObject({
        afApproval: null,
        municipalApproval: null,
      });
    });

    it('refuses to approve an incomplete draft, naming the open answers, and an admin as approver', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      await must(subgraph, officer, draftMutation, {
        input: { trackId, changeRecommended: true, goodExample: false },
      });
      const incomplete = await subgraph.call(officer, approveMutation, { trackId });
      expect(reason(incomplete)).toBe('CLOSING.EVALUATION_INCOMPLETE');
      expect(incomplete.errors?.[0]?.message).toContain('changeDescription');
      expect(incomplete.errors?.[0]?.message).toContain('phaseReviews.CLOSING');
      await must(subgraph, officer, draftMutation, { input: aDraft(trackId) });
      expect(reason(await subgraph.call(admin, approveMutation, { trackId }))).toBe(
        'CLOSING.NOT_AN_APPROVING_PARTY',
      );
    });
  });

  describe('scope', () => {
    it('answers a foreign and a missing track the same on every closing command', async () => {
      const trackId = await trackInClosing(subgraph, agreementId);
      const stranger = callers.officer('af-solna');
      for (const [mutation, variables] of [
        [resultMutation, (id: string) => ({ input: employed(id) })],
        [
          certificateMutation,
          (id: string) => ({
            input: { trackId: id, participantId: randomUUID(), issuedOn: '2027-12-01' },
          }),
        ],
        [draftMutation, (id: string) => ({ input: aDraft(id) })],
        [approveMutation, (id: string) => ({ trackId: id })],
        [publishMutation, (id: string) => ({ trackId: id })],
      ] as const) {
        const foreign = await subgraph.call(stranger, mutation, variables(trackId));
        const missing = await subgraph.call(stranger, mutation, variables(randomUUID()));
        const answer = (r: typeof foreign) => ({
          message: r.errors?.[0]?.message,
          extensions: r.errors?.[0]?.extensions,
        });
        expect(answer(foreign)).toEqual(answer(missing));
        expect(reason(foreign)).toBe('TRACK.NOT_FOUND');
      }
    });

    it('lets process leaders and employer contacts write nothing, and shows employer contacts no closing records', async () => {
      const trackId = await approvedTrack((id) => [employed(id)]);
      for (const caller of [callers.processLeader(), callers.employerContact(employerId)]) {
        const refused = await subgraph.call(caller, resultMutation, { input: employed(trackId) });
        expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      }
      const contact = await view(trackId, callers.employerContact(employerId));
      expect(contact).toMatchObject({ participantResults: [], certificates: [], evaluation: null });
      expect((await view(trackId, admin)).participantResults).toHaveLength(1);
    });
  });
});
