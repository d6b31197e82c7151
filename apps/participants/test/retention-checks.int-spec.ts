import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { type CallerIdentity, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant, KafkaProbe } from '@jobbnatet/testing';
import {
  daysFromToday,
  employ,
  monthsFromToday,
  recordExitMutation,
  recordRetentionCheckMutation,
  refusalOf,
  today,
  written,
} from './support/outcomes';
import { addMonths } from '../src/outcomes/date-rules';
import { register, startParticipants, uniqueName } from './support/participants';

const office = 'af-sodertalje';

interface ListedCheck {
  id: string;
  monthsAfterStart: number;
  dueOn: string;
  state: string;
  participant: { id: string; givenName: string | null } | null;
}

const listQuery = `query Due($filter: RetentionCheckFilterInput, $first: Int, $after: String) {
  retentionChecks(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id monthsAfterStart dueOn state participant { id givenName } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** The retention schedule: checks scheduled by a job, listed when due, recorded once. */
describe('retention checks', () => {
  let participants: Subgraph;
  let probe: KafkaProbe;

  async function aCase(officer: CallerIdentity) {
    const name = uniqueName();
    const { id } = await register(
      participants,
      officer,
      aParticipant().named(name).atOffice(office).build(),
    );
    return { id, name };
  }

  async function listed(caller: CallerIdentity, filter: Record<string, unknown> = {}) {
    const checks: ListedCheck[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof participants.call>> = await participants.call(
        caller,
        listQuery,
        { filter, first: 100, after },
      );
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      const page = (
        response.data as {
          retentionChecks: {
            edges: { node: ListedCheck }[];
            pageInfo: { endCursor: string | null; hasNextPage: boolean };
          };
        }
      ).retentionChecks;
      checks.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return checks;
  }

  const check = (
    caller: CallerIdentity,
    checkId: string,
    checkedOn = today(),
    result = 'STILL_EMPLOYED',
  ) =>
    participants.call<{ recordRetentionCheck: { state: string; result: string } }>(
      caller,
      recordRetentionCheckMutation,
      { input: { checkId, result, checkedOn } },
    );

  beforeAll(async () => {
    participants = await startParticipants();
    probe = await KafkaProbe.start([topics.participants]);
  });

  afterAll(async () => {
    await probe?.stop();
    await participants?.stop({ dropDatabase: true });
  });

  describe('the follow-up list', () => {
    const officer = callers.officer(office);
    const colleague = callers.officer(office);
    let dueCase: { id: string; name: string };
    let overdueCase: { id: string; name: string };
    let colleaguesCase: { id: string; name: string };
    let dueCheck: string;
    let overdueCheck: string;

    beforeAll(async () => {
      dueCase = await aCase(officer);
      overdueCase = await aCase(officer);
      colleaguesCase = await aCase(colleague);
      // Three months ago today: the 3-month check is due today.
      dueCheck = (
        await employ(participants, officer, dueCase.id, { startDate: monthsFromToday(-3) })
      ).retentionChecks[0]!.id;
      // Its 3-month check fell due about 40 days ago; the 6-month one is far off.
      const overdueJob = await employ(participants, officer, overdueCase.id, {
        startDate: addMonths(daysFromToday(-40), -3),
      });
      overdueCheck = overdueJob.retentionChecks[0]!.id;
      await employ(participants, colleague, colleaguesCase.id, { startDate: monthsFromToday(-3) });
      // A job that started today: its first check is months away.
      await employ(participants, officer, (await aCase(officer)).id, { startDate: today() });
    });

    it('lists the office’s due and overdue checks with the participant, earliest due first', async () => {
      const mine = (await listed(officer)).filter((c) =>
        [dueCase.id, overdueCase.id, colleaguesCase.id].includes(c.participant!.id),
      );
      expect(mine[0]).toMatchObject({
        id: overdueCheck,
        monthsAfterStart: 3,
        state: 'OVERDUE',
        participant: { id: overdueCase.id },
      });
      expect(mine.slice(1).map((c) => [c.participant!.id, c.monthsAfterStart, c.state])).toEqual(
        expect.arrayContaining([
          [dueCase.id, 3, 'DUE'],
          [colleaguesCase.id, 3, 'DUE'],
        ]),
      );
      expect(mine).toHaveLength(3);
      expect(mine.find((c) => c.id === dueCheck)).toMatchObject({
        state: 'DUE',
        dueOn: addMonths(monthsFromToday(-3), 3),
        participant: { id: dueCase.id, givenName: dueCase.name },
      });
    });

    it('narrows to the officer’s own participants with mine, and to a state', async () => {
      const ofMine = await listed(officer, { mine: true });
      expect(ofMine.map((c) => c.id).sort()).toEqual([dueCheck, overdueCheck].sort());
      expect((await listed(officer, { mine: true, state: 'DUE' })).map((c) => c.id)).toEqual([
        dueCheck,
      ]);
      expect((await listed(officer, { mine: true, state: 'OVERDUE' })).map((c) => c.id)).toEqual([
        overdueCheck,
      ]);
      expect((await listed(colleague, { mine: true })).map((c) => c.participant!.id)).toEqual([
        colleaguesCase.id,
      ]);
    });

    it('shows another office nothing of them', async () => {
      const ids = (await listed(callers.officer('af-solna'))).map((c) => c.participant?.id);
      expect(ids).not.toContain(dueCase.id);
      expect(ids).not.toContain(overdueCase.id);
    });

    it('is for officers only', async () => {
      for (const caller of [callers.caseWorker('0181'), callers.admin(), callers.analyst()]) {
        const response = await participants.call(caller, listQuery, {});
        expect(refusalOf(response)).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'PARTICIPANT.ACTION_NOT_ALLOWED',
        });
      }
    });

    it('keeps participants with a due check in the participant list when asked', async () => {
      const response = await participants.call<{
        participants: { edges: { node: { id: string } }[] };
      }>(
        officer,
        '{ participants(first: 100, filter: { mine: true, retentionCheckDue: true }) { edges { node { id } } } }',
      );
      expect(response.data!.participants.edges.map((e) => e.node.id).sort()).toEqual(
        [dueCase.id, overdueCase.id].sort(),
      );
    });

    it('drops a check from the list once it is recorded', async () => {
      const participant = await aCase(officer);
      const job = await employ(participants, officer, participant.id, {
        startDate: monthsFromToday(-3),
      });
      const [three] = job.retentionChecks;
      expect((await listed(officer, { mine: true })).map((c) => c.id)).toContain(three!.id);
      expect((await check(officer, three!.id)).errors).toBeUndefined();
      expect((await listed(officer, { mine: true })).map((c) => c.id)).not.toContain(three!.id);
    });
  });

  describe('recording a check', () => {
    it('records the result once and publishes participant.retention-checked', async () => {
      const officer = callers.officer(office);
      const { id } = await aCase(officer);
      const job = await employ(participants, officer, id, { startDate: monthsFromToday(-6) });
      const six = job.retentionChecks.find((c) => c.monthsAfterStart === 6)!;
      const response = await check(officer, six.id, today(), 'NOT_EMPLOYED');
      expect(response.data?.recordRetentionCheck).toMatchObject({
        state: 'CHECKED',
        result: 'NOT_EMPLOYED',
      });
      const message = await probe.waitFor(
        (m) => m.key === id && m.value!.toString().includes('"participant.retention-checked"'),
      );
      expect((JSON.parse(message.value!.toString()) as { data: unknown }).data).toEqual({
        participantId: id,
        outcomeId: job.id,
        checkId: six.id,
        monthsAfterStart: 6,
        result: 'NOT_EMPLOYED',
        checkedOn: today(),
        checkedBy: officer.userId,
      });
      const again = await check(officer, six.id);
      expect(refusalOf(again)).toMatchObject({
        code: 'CONFLICT',
        reason: 'PARTICIPANT.RETENTION_ALREADY_CHECKED',
      });
      expect(await written(participants, id)).toMatchObject({ checked: 1 });
    });

    it('refuses a check dated before the job started, naming checkedOn', async () => {
      const officer = callers.officer(office);
      const { id } = await aCase(officer);
      const job = await employ(participants, officer, id, { startDate: daysFromToday(-10) });
      const response = await check(officer, job.retentionChecks[0]!.id, daysFromToday(-11));
      expect(refusalOf(response)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'PARTICIPANT.INVALID_INPUT',
        field: 'checkedOn',
      });
      expect(await written(participants, id)).toMatchObject({ checked: 0 });
    });

    it('goes on after the participant has exited', async () => {
      const officer = callers.officer(office);
      const { id } = await aCase(officer);
      const job = await employ(participants, officer, id, { startDate: monthsFromToday(-12) });
      await participants.call(officer, recordExitMutation, {
        input: { participantId: id, exitedOn: today(), reason: 'EMPLOYMENT' },
      });
      const twelve = job.retentionChecks.find((c) => c.monthsAfterStart === 12)!;
      expect((await check(officer, twelve.id)).data?.recordRetentionCheck).toMatchObject({
        state: 'CHECKED',
      });
    });

    it.each<[string, () => CallerIdentity, string]>([
      ['an officer of another office', () => callers.officer('af-solna'), 'NOT_FOUND'],
      ['a case worker of another municipality', () => callers.caseWorker('0184'), 'NOT_FOUND'],
      ['a case worker of the home municipality', () => callers.caseWorker('0181'), 'FORBIDDEN'],
      ['an admin', () => callers.admin(), 'FORBIDDEN'],
    ])('refuses %s, writing nothing', async (_who, stranger, code) => {
      const officer = callers.officer(office);
      const { id } = await aCase(officer);
      const job = await employ(participants, officer, id);
      const before = await written(participants, id);
      const response = await check(stranger(), job.retentionChecks[0]!.id);
      expect(refusalOf(response).code).toBe(code);
      expect(await written(participants, id)).toEqual(before);
    });

    it('answers a check of another office exactly as a missing one', async () => {
      const officer = callers.officer(office);
      const { id } = await aCase(officer);
      const job = await employ(participants, officer, id);
      const stranger = callers.officer('af-solna');
      const foreign = await check(stranger, job.retentionChecks[0]!.id);
      const missing = await check(stranger, randomUUID());
      expect(foreign).toEqual(missing);
      expect(refusalOf(foreign)).toMatchObject({ code: 'NOT_FOUND', field: 'checkId' });
    });
  });
});
