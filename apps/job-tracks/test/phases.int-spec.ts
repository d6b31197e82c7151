import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, ParticipantEvents, type Subgraph } from '@jobbnatet/subgraph-testing';
import { KafkaProbe, type ReceivedMessage } from '@jobbnatet/testing';
import {
  activeAgreement,
  advanceMutation,
  cancelMutation,
  caseWorker,
  completePhase,
  createTrack,
  itemsOf,
  must,
  officer,
  startJobTracks,
  trackQuery,
  traces,
  updateItemMutation,
  waiveItemMutation,
} from './support/job-tracks';
import { replicateEmployers } from './support/employers';
import { closingTraces, publishedEvaluation, resultMutation } from './support/closing';
import { admittedParticipant } from './support/recruitment';

interface TrackView {
  phase: string;
  status: string;
  checklist: {
    code: string;
    phase: string;
    labelSv: string;
    labelEn: string;
    state: string;
    complete: boolean;
    waiver: { reason: string } | null;
  }[];
  phaseHistory: { from: string | null; to: string; changedBy: string }[];
}

describe('phases and checklists on real PostgreSQL and Kafka', () => {
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let participants: ParticipantEvents;
  let agreementId: string;

  const view = async (id: string): Promise<TrackView> =>
    (await subgraph.call<{ jobTrack: TrackView }>(officer, trackQuery, { id })).data!.jobTrack;
  const advance = (id: string, caller = officer) =>
    subgraph.call<{ advancePhase: { phase: string; status: string } }>(caller, advanceMutation, {
      trackId: id,
    });
  /** The data of the first `count` events of `type` about track `id`. */
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

  beforeAll(async () => {
    subgraph = await startJobTracks();
    await replicateEmployers(subgraph);
    probe = await KafkaProbe.start([topics.jobTracks]);
    participants = await ParticipantEvents.start();
    agreementId = await activeAgreement(subgraph);
  });

  afterAll(async () => {
    await participants?.stop();
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('seeds every phase’s checklist from the source text, all open, with Swedish and English labels', async () => {
    const track = await createTrack(subgraph, agreementId);
    const { checklist, phase, status } = await view(track.id);
    expect({ phase, status }).toEqual({ phase: 'PLANNING', status: 'ACTIVE' });
    expect(checklist.map((item) => item.code)).toEqual([
      ...itemsOf('PLANNING'),
      ...itemsOf('RECRUITMENT'),
      ...itemsOf('IMPLEMENTATION'),
      ...itemsOf('CLOSING'),
    ]);
    expect(checklist.every((item) => item.state === 'NOT_DONE' && !item.complete)).toBe(true);
    expect(
      checklist.find((item) => item.code === 'RECRUITMENT_PARTICIPANTS_ADMITTED'),
    ).toMatchObject({
      labelSv: 'Anta deltagare.',
      labelEn: 'Admit participants.',
    });
  });

  it('refuses to advance while a checklist item is open, naming every open item, and writes nothing', async () => {
    const track = await createTrack(subgraph, agreementId);
    await must(subgraph, officer, updateItemMutation, {
      input: { trackId: track.id, itemCode: 'PLANNING_STAFF_APPOINTED', state: 'DONE' },
    });
    const before = await traces(subgraph);
    const refused = await advance(track.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRACK.CHECKLIST_INCOMPLETE',
    });
    const open = itemsOf('PLANNING').filter((code) => code !== 'PLANNING_STAFF_APPOINTED');
    for (const code of open) expect(refused.errors?.[0]?.message).toContain(code);
    expect(refused.errors?.[0]?.message).not.toContain('PLANNING_STAFF_APPOINTED');
    expect(await traces(subgraph)).toBe(before);
    expect((await view(track.id)).phase).toBe('PLANNING');
  });

  it('goes through all four phases to CLOSED once each checklist is complete, keeping the history and publishing each step', async () => {
    const track = await createTrack(subgraph, agreementId);
    const phases = ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING'];
    const reached: string[] = [];
    for (const phase of phases) {
      await completePhase(subgraph, track.id, phase);
      if (phase === 'CLOSING') await publishedEvaluation(subgraph, track.id);
      const moved = await advance(track.id, phase === 'IMPLEMENTATION' ? caseWorker : officer);
      expect(moved.errors).toBeUndefined();
      reached.push(moved.data!.advancePhase.phase);
    }
    expect(reached).toEqual(['RECRUITMENT', 'IMPLEMENTATION', 'CLOSING', 'CLOSED']);
    const closed = await view(track.id);
    expect(closed.status).toBe('CLOSED');
    expect(closed.phaseHistory).toEqual([
      { from: null, to: 'PLANNING', changedBy: officer.userId },
      { from: 'PLANNING', to: 'RECRUITMENT', changedBy: officer.userId },
      { from: 'RECRUITMENT', to: 'IMPLEMENTATION', changedBy: officer.userId },
      { from: 'IMPLEMENTATION', to: 'CLOSING', changedBy: caseWorker.userId },
      { from: 'CLOSING', to: 'CLOSED', changedBy: officer.userId },
    ]);
    const changes = await eventsOf(track.id, 'track.phase-changed', 4);
    expect(changes.map((d) => (d as { to: string }).to)).toEqual([
      'RECRUITMENT',
      'IMPLEMENTATION',
      'CLOSING',
      'CLOSED',
    ]);
    expect(await eventsOf(track.id, 'track.closed')).toEqual([
      expect.objectContaining({ trackId: track.id, round: 1, closedBy: officer.userId }),
    ]);

    // Closed is the end: no further phase, no checklist changes, no cancellation.
    const before = await traces(subgraph);
    expect((await advance(track.id)).errors?.[0]?.extensions).toMatchObject({
      reason: 'TRACK.NOT_ACTIVE',
    });
    const update = await subgraph.call(officer, updateItemMutation, {
      input: { trackId: track.id, itemCode: 'CLOSING_EVALUATED', state: 'NOT_DONE' },
    });
    expect(update.errors?.[0]?.extensions).toMatchObject({ reason: 'TRACK.NOT_ACTIVE' });
    const cancel = await subgraph.call(officer, cancelMutation, {
      input: { trackId: track.id, reasonCode: 'OTHER', reasonText: 'För sent' },
    });
    expect(cancel.errors?.[0]?.extensions).toMatchObject({ reason: 'TRACK.NOT_ACTIVE' });
    expect(await traces(subgraph)).toBe(before);
  });

  it('checks only the current phase: a later phase’s open items do not hold it back, and a passed phase’s items are closed to change', async () => {
    const track = await createTrack(subgraph, agreementId);
    // Work ahead on recruitment is allowed while planning.
    await must(subgraph, officer, updateItemMutation, {
      input: { trackId: track.id, itemCode: 'RECRUITMENT_EMPLOYER_INVOLVED', state: 'DONE' },
    });
    await completePhase(subgraph, track.id, 'PLANNING');
    expect((await advance(track.id)).data?.advancePhase.phase).toBe('RECRUITMENT');
    const refused = await advance(track.id);
    expect(refused.errors?.[0]?.message).not.toContain('RECRUITMENT_EMPLOYER_INVOLVED');
    expect(refused.errors?.[0]?.message).toContain('RECRUITMENT_PARTICIPANTS_ADMITTED');
    const passed = await subgraph.call(officer, updateItemMutation, {
      input: { trackId: track.id, itemCode: 'PLANNING_STAFF_APPOINTED', state: 'NOT_DONE' },
    });
    expect(passed.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRACK.CHECKLIST_PHASE_PASSED',
    });
  });

  it('records who and when for an item, and publishes checklist.item-updated without free text', async () => {
    const track = await createTrack(subgraph, agreementId);
    const item = await must<{
      state: string;
      updatedBy: string;
      updatedAt: string;
      complete: boolean;
    }>(subgraph, caseWorker, updateItemMutation, {
      input: { trackId: track.id, itemCode: 'PLANNING_EMPLOYER_MEETING', state: 'NOT_APPLICABLE' },
    });
    expect(item).toMatchObject({
      state: 'NOT_APPLICABLE',
      complete: true,
      updatedBy: caseWorker.userId,
    });
    expect(Date.parse(item.updatedAt)).not.toBeNaN();
    expect(await eventsOf(track.id, 'checklist.item-updated')).toEqual([
      expect.objectContaining({
        trackId: track.id,
        phase: 'PLANNING',
        itemCode: 'PLANNING_EMPLOYER_MEETING',
        state: 'NOT_APPLICABLE',
        waived: false,
        updatedBy: caseWorker.userId,
      }),
    ]);
  });

  describe('closing: a result for every admitted participant and a published evaluation', () => {
    const result = (trackId: string, participantId: string) =>
      must(subgraph, officer, resultMutation, {
        input: {
          trackId,
          participantId,
          outcome: 'EMPLOYED',
          employmentForm: 'UNSUBSIDISED',
          subsidyKind: null,
        },
      });

    it('refuses CLOSED while a participant has no result or the evaluation is unpublished, naming each gap, then closes', async () => {
      const track = await createTrack(subgraph, agreementId);
      await completePhase(subgraph, track.id, 'PLANNING');
      await must(subgraph, officer, advanceMutation, { trackId: track.id });
      const first = await admittedParticipant(subgraph, participants, track.id);
      const second = await admittedParticipant(subgraph, participants, track.id);
      for (const phase of ['RECRUITMENT', 'IMPLEMENTATION', 'CLOSING']) {
        await completePhase(subgraph, track.id, phase);
        if (phase !== 'CLOSING')
          await must(subgraph, officer, advanceMutation, { trackId: track.id });
      }

      const before = (await traces(subgraph)) + (await closingTraces(subgraph));
      const refused = await advance(track.id);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'CLOSING.INCOMPLETE',
      });
      for (const gap of [`RESULT_MISSING:${first}`, `RESULT_MISSING:${second}`]) {
        expect(refused.errors?.[0]?.message).toContain(gap);
      }
      expect(refused.errors?.[0]?.message).toContain('EVALUATION_NOT_PUBLISHED');
      expect((await traces(subgraph)) + (await closingTraces(subgraph))).toBe(before);
      expect((await view(track.id)).phase).toBe('CLOSING');

      await result(track.id, first);
      const oneLeft = await advance(track.id);
      expect(oneLeft.errors?.[0]?.message).not.toContain(first);
      expect(oneLeft.errors?.[0]?.message).toContain(`RESULT_MISSING:${second}`);

      await result(track.id, second);
      const unpublished = await advance(track.id);
      expect(unpublished.errors?.[0]?.extensions).toMatchObject({ reason: 'CLOSING.INCOMPLETE' });
      expect(unpublished.errors?.[0]?.message).not.toContain('RESULT_MISSING');
      expect(unpublished.errors?.[0]?.message).toContain('EVALUATION_NOT_PUBLISHED');

      await publishedEvaluation(subgraph, track.id);
      const closed = await advance(track.id);
      expect(closed.errors).toBeUndefined();
      expect(closed.data?.advancePhase).toMatchObject({ phase: 'CLOSED', status: 'CLOSED' });
      expect(await eventsOf(track.id, 'track.closed')).toEqual([
        expect.objectContaining({ trackId: track.id, closedBy: officer.userId }),
      ]);
    });

    it('closes a track with no admitted participants once its evaluation is published', async () => {
      const track = await createTrack(subgraph, agreementId);
      for (const phase of ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION']) {
        await completePhase(subgraph, track.id, phase);
        await must(subgraph, officer, advanceMutation, { trackId: track.id });
      }
      await completePhase(subgraph, track.id, 'CLOSING');
      const refused = await advance(track.id);
      expect(refused.errors?.[0]?.message).toMatch(/: EVALUATION_NOT_PUBLISHED$/);
      await publishedEvaluation(subgraph, track.id, false);
      expect((await advance(track.id)).data?.advancePhase.phase).toBe('CLOSED');
    });
  });

  describe('waivers', () => {
    it('waive an item with a written reason, which is kept and lets the phase advance', async () => {
      const track = await createTrack(subgraph, agreementId);
      const planning = itemsOf('PLANNING');
      for (const code of planning.slice(0, -1)) {
        await must(subgraph, officer, updateItemMutation, {
          input: { trackId: track.id, itemCode: code, state: 'DONE' },
        });
      }
      const reason = 'Arbetsgivaren tecknar avsiktsförklaring först efter rekryteringsmötet.';
      const waived = await must<{
        complete: boolean;
        state: string;
        waiver: { reason: string; waivedBy: string };
      }>(subgraph, officer, waiveItemMutation, {
        input: { trackId: track.id, itemCode: planning.at(-1), reason },
      });
      expect(waived).toMatchObject({
        state: 'NOT_DONE',
        complete: true,
        waiver: { reason, waivedBy: officer.userId },
      });
      expect((await advance(track.id)).data?.advancePhase.phase).toBe('RECRUITMENT');
      expect(
        (await view(track.id)).checklist.find((i) => i.code === planning.at(-1))?.waiver,
      ).toEqual({
        reason,
      });
      const [event] = await eventsOf(track.id, 'checklist.item-updated', planning.length);
      expect(JSON.stringify(event)).not.toContain('avsiktsförklaring först');
    });

    it.each([
      ['empty', ''],
      ['blank', '   \n\t '],
      ['without a letter', '---- 1234'],
      ['too long', 'x'.repeat(2001)],
    ])(
      'are refused with a reason that is %s, naming the field and writing nothing',
      async (_what, reason) => {
        const track = await createTrack(subgraph, agreementId);
        const before = await traces(subgraph);
        const refused = await subgraph.call(officer, waiveItemMutation, {
          input: { trackId: track.id, itemCode: 'PLANNING_LETTER_OF_INTENT', reason },
        });
        expect(refused.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'reason',
        });
        expect(await traces(subgraph)).toBe(before);
      },
    );

    it('keep the first reason: a second waiver of the item is refused, and the database refuses changing it', async () => {
      const track = await createTrack(subgraph, agreementId);
      const input = {
        trackId: track.id,
        itemCode: 'PLANNING_EMPLOYER_MEETING',
        reason: 'Mötet hölls inom samverkansgruppen.',
      };
      await must(subgraph, officer, waiveItemMutation, { input });
      const again = await subgraph.call(officer, waiveItemMutation, {
        input: { ...input, reason: 'Ett annat skäl.' },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({
        reason: 'TRACK.CHECKLIST_ITEM_ALREADY_WAIVED',
      });
      const [runtime] = await subgraph.sql<{ role: string }>(
        `SELECT current_database() || '_app' AS role`,
      );
      await expect(
        subgraph.sql(`SET ROLE "${runtime!.role}"; UPDATE checklist_waiver SET reason = 'x'`),
      ).rejects.toThrow(/permission denied/);
    });
  });

  describe('cancellation', () => {
    it('cancels a working track with a reason code and text, keeps them, and publishes the code only', async () => {
      const track = await createTrack(subgraph, agreementId);
      await completePhase(subgraph, track.id, 'PLANNING');
      await must(subgraph, officer, advanceMutation, { trackId: track.id });
      const reasonText = 'Arbetsgivaren har dragit tillbaka sitt rekryteringsbehov.';
      const cancelled = await must(subgraph, caseWorker, cancelMutation, {
        input: { trackId: track.id, reasonCode: 'EMPLOYER_WITHDREW', reasonText },
      });
      expect(cancelled).toEqual({
        id: track.id,
        phase: 'CANCELLED',
        status: 'CANCELLED',
        cancellation: { reasonCode: 'EMPLOYER_WITHDREW', reasonText },
      });
      expect((await view(track.id)).phaseHistory.at(-1)).toEqual({
        from: 'RECRUITMENT',
        to: 'CANCELLED',
        changedBy: caseWorker.userId,
      });
      const [event] = await eventsOf(track.id, 'track.cancelled');
      expect(event).toMatchObject({ phase: 'RECRUITMENT', reasonCode: 'EMPLOYER_WITHDREW' });
      expect(JSON.stringify(event)).not.toContain('dragit tillbaka');
      const before = await traces(subgraph);
      expect((await advance(track.id)).errors?.[0]?.extensions).toMatchObject({
        reason: 'TRACK.NOT_ACTIVE',
      });
      expect(await traces(subgraph)).toBe(before);
    });

    it('refuses a cancellation without a reason text or with an unknown code', async () => {
      const track = await createTrack(subgraph, agreementId);
      const before = await traces(subgraph);
      const noText = await subgraph.call(officer, cancelMutation, {
        input: { trackId: track.id, reasonCode: 'OTHER', reasonText: ' ' },
      });
      expect(noText.errors?.[0]?.extensions).toMatchObject({ field: 'reasonText' });
      const unknown = await subgraph.call(officer, cancelMutation, {
        input: { trackId: track.id, reasonCode: 'BORED', reasonText: 'Ingen anledning' },
      });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await traces(subgraph)).toBe(before);
    });
  });

  it('lets a process leader of the office read the checklist but neither change it nor advance', async () => {
    const track = await createTrack(subgraph, agreementId);
    const leader = { ...callers.processLeader(), officeId: 'af-sodertalje' };
    const read = await subgraph.call<{ jobTrack: TrackView }>(leader, trackQuery, { id: track.id });
    expect(read.data?.jobTrack.checklist.length).toBeGreaterThan(20);
    const before = await traces(subgraph);
    const update = await subgraph.call(leader, updateItemMutation, {
      input: { trackId: track.id, itemCode: 'PLANNING_STAFF_APPOINTED', state: 'DONE' },
    });
    expect(update.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'TRACK.WRITE_NOT_ALLOWED',
    });
    expect((await advance(track.id, leader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await traces(subgraph)).toBe(before);
  });
});
