import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import { KafkaProbe, type ReceivedMessage } from '@jobbnatet/testing';
import { admin, must, startJobTracks } from './support/job-tracks';
import { closingTraces } from './support/closing';
import { assessMutation, joinMutation, supportMutation } from './support/rollout';

const rolloutQuery = `query R($asOf: String) {
  methodRollout(asOf: $asOf) {
    countyCode asOf targetPercent targetDate participatingOffices partialOrFullOffices fullOffices
    sharePercent targetMet
    offices { officeId officeName processLeaderIds support { kind givenOn }
      latestAssessment { level assessedOn evidence } assessments { level } }
  }
}`;

interface Rollout {
  participatingOffices: number;
  partialOrFullOffices: number;
  sharePercent: number;
  targetMet: boolean;
  targetPercent: number;
  targetDate: string;
  offices: {
    officeId: string;
    support: { kind: string }[];
    latestAssessment: { level: string; assessedOn: string } | null;
  }[];
}

describe('the method rollout on real PostgreSQL and Kafka', () => {
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  const leader = callers.processLeader();
  const otherLeader = callers.processLeader();
  const reason = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.reason;
  const rollout = async (caller = admin, asOf: string | null = null): Promise<Rollout> => {
    const response = await subgraph.call<{ methodRollout: Rollout }>(caller, rolloutQuery, {
      asOf,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.methodRollout;
  };
  const assess = (officeId: string, level: string, assessedOn: string, caller = leader) =>
    must(subgraph, caller, assessMutation, {
      input: { officeId, level, assessedOn, evidence: 'Jobbforum körs varje vecka.' },
    });
  /** The event of `type` about office `key` written by `by` (office ids recur across runs, users do not). */
  const eventsOf = async (key: string, type: string, by: string) => {
    const isType = (m: ReceivedMessage) => {
      const parsed = m.key === key ? parseEvent(m.value!) : null;
      return (
        parsed?.ok === true &&
        parsed.envelope.type === type &&
        Object.values(parsed.envelope.data as Record<string, unknown>).includes(by)
      );
    };
    const [message] = await probe.waitForAll(isType, 1, 10_000);
    const parsed = parseEvent(message!.value!);
    return parsed.ok ? parsed.envelope.data : null;
  };

  beforeAll(async () => {
    subgraph = await startJobTracks();
    probe = await KafkaProbe.start([topics.jobTracks]);
    for (const officeId of ['af-sodertalje', 'af-solna', 'af-huddinge', 'af-nacka']) {
      await must(subgraph, admin, joinMutation, {
        input: { officeId, joinedOn: '2006-05-02', processLeaderIds: [leader.userId] },
      });
    }
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('lets an admin bring an office in with its process leaders, once, and publishes it', async () => {
    expect(await eventsOf('af-solna', 'rollout.office-joined', admin.userId)).toEqual(
      expect.objectContaining({
        officeId: 'af-solna',
        joinedOn: '2006-05-02',
        processLeaderIds: [leader.userId],
        joinedBy: admin.userId,
      }),
    );
    const twice = await subgraph.call(admin, joinMutation, {
      input: { officeId: 'af-solna', joinedOn: '2006-06-01', processLeaderIds: [leader.userId] },
    });
    expect(reason(twice)).toBe('ROLLOUT.ALREADY_JOINED');
    const byLeader = await subgraph.call(leader, joinMutation, {
      input: {
        officeId: 'af-kista',
        joinedOn: '2006-06-01',
        processLeaderIds: [leader.userId],
      },
    });
    expect(reason(byLeader)).toBe('ROLLOUT.WRITE_NOT_ALLOWED');
  });

  it('records support given by an assigned process leader, dated', async () => {
    const support = await must<{ kind: string; recordedBy: string }>(
      subgraph,
      leader,
      supportMutation,
      { input: { officeId: 'af-nacka', kind: 'ON_SITE_COACHING', givenOn: '2006-09-12' } },
    );
    expect(support).toMatchObject({ kind: 'ON_SITE_COACHING', recordedBy: leader.userId });
    expect(await eventsOf('af-nacka', 'rollout.support-given', leader.userId)).toEqual(
      expect.objectContaining({ kind: 'ON_SITE_COACHING', givenOn: '2006-09-12' }),
    );
    const nacka = (await rollout()).offices.find((o) => o.officeId === 'af-nacka');
    expect(nacka?.support).toEqual([{ kind: 'ON_SITE_COACHING', givenOn: '2006-09-12' }]);
  });

  it('shows each office’s latest assessment and the region’s share against the 75 % target', async () => {
    await assess('af-sodertalje', 'NOT_STARTED', '2006-08-01');
    await assess('af-sodertalje', 'PARTIAL', '2007-03-01');
    await assess('af-solna', 'FULL', '2007-02-01');
    await assess('af-huddinge', 'PARTIAL', '2007-06-30');
    await assess('af-nacka', 'NOT_STARTED', '2007-06-30');
    const atTarget = await rollout(admin, '2007-07-31');
    expect(atTarget).toMatchObject({
      targetPercent: 75,
      targetDate: '2007-07-31',
      participatingOffices: 4,
      partialOrFullOffices: 3,
      sharePercent: 75,
      targetMet: true,
    });
    expect(atTarget.offices.find((o) => o.officeId === 'af-sodertalje')?.latestAssessment).toEqual(
      expect.objectContaining({ level: 'PARTIAL', assessedOn: '2007-03-01' }),
    );
    // Earlier in the project, only Solna used it.
    expect(await rollout(admin, '2007-02-15')).toMatchObject({
      partialOrFullOffices: 1,
      sharePercent: 25,
      targetMet: false,
    });
    expect(await eventsOf('af-huddinge', 'office.adoption-assessed', leader.userId)).toEqual(
      expect.objectContaining({
        level: 'PARTIAL',
        assessedOn: '2007-06-30',
        recordedBy: leader.userId,
      }),
    );
  });

  describe('scope', () => {
    it('shows an officer their own office and the region’s share, and lets them write nothing', async () => {
      const officer = callers.officer('af-solna');
      const view = await rollout(officer, '2007-07-31');
      expect(view.offices.map((o) => o.officeId)).toEqual(['af-solna']);
      expect(view.participatingOffices).toBe(4);
      const before = await closingTraces(subgraph);
      expect(
        reason(
          await subgraph.call(officer, assessMutation, {
            input: {
              officeId: 'af-solna',
              level: 'FULL',
              assessedOn: '2007-07-01',
              evidence: 'Bra.',
            },
          }),
        ),
      ).toBe('ROLLOUT.WRITE_NOT_ALLOWED');
      expect(await closingTraces(subgraph)).toBe(before);
    });

    it('answers an office outside the caller’s scope and one not taking part the same', async () => {
      const officer = callers.officer('af-solna');
      const answer = async (officeId: string) => {
        const response = await subgraph.call(officer, supportMutation, {
          input: { officeId, kind: 'MATERIALS', givenOn: '2007-01-10' },
        });
        return {
          message: response.errors?.[0]?.message,
          extensions: response.errors?.[0]?.extensions,
        };
      };
      const foreign = await answer('af-nacka');
      expect(foreign).toEqual(await answer('af-kista'));
      expect(foreign.extensions?.reason).toBe('ROLLOUT.OFFICE_NOT_FOUND');
    });

    it('lets a process leader not assigned to an office read it but not write it', async () => {
      expect((await rollout(otherLeader)).offices).toHaveLength(4);
      const refused = await subgraph.call(otherLeader, supportMutation, {
        input: { officeId: 'af-nacka', kind: 'TRAINING_SESSION', givenOn: '2007-01-10' },
      });
      expect(reason(refused)).toBe('ROLLOUT.WRITE_NOT_ALLOWED');
    });

    it('shows municipal staff, employer contacts and analysts no office', async () => {
      for (const caller of [
        callers.caseWorker('0181'),
        callers.employerContact(randomUUID()),
        callers.analyst(),
      ]) {
        expect((await rollout(caller)).offices).toEqual([]);
      }
    });
  });
});
