import { randomUUID } from 'node:crypto';
import { deadLetterTopic, participantAdmittedV1, topics } from '@jobbnatet/contracts';
import { createKafka, JsonLogger, redriveDeadLetters } from '@jobbnatet/service-kit';
import {
  callers,
  Subgraph,
  testKafkaBrokers,
  testEnvelope as envelope,
} from '@jobbnatet/subgraph-testing';
import {
  expectEventually,
  KafkaProbe,
  KafkaTestProducer,
  type TestEnvelope,
} from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { reportingConfig } from '../src/config';

const participantsQuery = `query O($filter: OutcomesFilter) { outcomes(filter: $filter) {
  participants { value suppressed } } }`;
const userId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';

/**
 * Poison for a reporting read model (outcomes): a schema-valid event its handler cannot apply (the
 * database rejects it through a trigger this test installs), a malformed message and a
 * schema-invalid one. All on one partition (one track id as key), followed by good events.
 */
describe('poison messages in the outcomes read model', () => {
  const trackId = randomUUID();
  const rejected = randomUUID();
  const later = Array.from({ length: 5 }, () => randomUUID());
  let subgraph: Subgraph;
  let producer: KafkaTestProducer;
  let deadLetters: KafkaProbe;
  let group: string;

  const admitted = (participantId: string) =>
    envelope(participantAdmittedV1, trackId, {
      trackId,
      participantId,
      candidateId: randomUUID(),
      officeIds: ['af-sodertalje'],
      municipalityCodes: ['0181'],
      admittedOn: '2026-01-10',
      selectedByEmployerId: randomUUID(),
      admittedAt: '2026-01-10T09:00:00.000Z',
      admittedBy: userId,
    });
  const throwing = admitted(rejected);
  // A new group reads the topics' whole history, earlier runs' poison included: ours has our key.
  const ours = (message: { key: string | null }) => message.key === trackId;

  async function participants(): Promise<unknown> {
    const answer = await subgraph.call<{ outcomes: { participants: unknown } }>(
      callers.analyst(),
      participantsQuery,
      { filter: { trackId } },
    );
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.outcomes.participants;
  }
  async function groupHealth(): Promise<{ state: string; groupJoins: number } | undefined> {
    const health = (await (await fetch(`${subgraph.url}/health/ready`)).json()) as {
      details: { consumers: { groups: { group: string; state: string; groupJoins: number }[] } };
    };
    return health.details.consumers.groups.find((g) => g.group === group);
  }
  /** The group's joins once it ran, before any poison: a start may join more than once. */
  let joinsBefore: number;

  const rowsOfRejected = async () =>
    subgraph.sql<{ rows: number; inbox: number }>(
      `SELECT (SELECT count(*) FROM outcome_admission WHERE participant_id = $1)::int AS rows,
              (SELECT count(*) FROM inbox WHERE event_id = $2 AND consumer_group = $3)::int AS inbox`,
      [rejected, throwing.id, group],
    );

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    group = `${subgraph.databaseName}.outcomes`;
    // The "bug": the database refuses this one participant's admission (as the owner, in the test).
    await subgraph.sql(`
      CREATE FUNCTION poison_test_reject() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.participant_id = '${rejected}' THEN RAISE EXCEPTION 'rejected by the poison test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER poison_test_reject BEFORE INSERT ON outcome_admission
        FOR EACH ROW EXECUTE FUNCTION poison_test_reject()`);
    joinsBefore = await expectEventually(async () => {
      const running = await groupHealth();
      expect(running?.state).toBe('running');
      expect(running?.groupJoins).toBeGreaterThanOrEqual(1);
      return running!.groupJoins;
    });
    producer = await KafkaTestProducer.start();
    deadLetters = await KafkaProbe.start([deadLetterTopic(group)]);
    const invalid = { ...admitted(randomUUID()), data: { trackId: 'not-a-uuid' } };
    const malformed = { subject: trackId, not: 'an envelope' } as unknown as TestEnvelope;
    await producer.publish(topics.jobTracks, [
      throwing,
      malformed,
      invalid,
      ...later.map(admitted),
    ]);
  });

  afterAll(async () => {
    await deadLetters?.stop();
    await producer?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('parks all three on the group’s dead-letter topic after bounded attempts, and applies what follows', async () => {
    const parked = await deadLetters.waitForAll(ours, 3, 60_000);
    expect(parked.map((m) => m.headers['x-dead-letter-reason']).sort()).toEqual([
      'handler-failed',
      'invalid-data',
      'malformed',
    ]);
    // One partition: the later events behind them were not held up.
    expect(new Set(parked.map((m) => m.headers['x-original-partition'])).size).toBe(1);
    expect(
      parked.find((m) => m.headers['x-dead-letter-reason'] === 'handler-failed')?.headers[
        'x-error'
      ],
    ).toMatch(/rejected by the poison test/);
    await expectEventually(async () =>
      expect(await participants()).toEqual({ value: 5, suppressed: false }),
    );
    expect(await rowsOfRejected()).toEqual([{ rows: 0, inbox: 0 }]);
  });

  it('kept its group membership while parking them: no restart loop', async () => {
    const { state, groupJoins, lastError } = (await groupHealth()) as {
      state: string;
      groupJoins: number;
      lastError?: string;
    };
    // A crash would rejoin the group and leave its error here.
    expect({ state, groupJoins, lastError }).toEqual({
      state: 'running',
      groupJoins: joinsBefore,
      lastError: undefined,
    });
  });

  it('after the fix, a redrive applies the throwing event exactly once; the unreadable ones are parked again', async () => {
    await subgraph.sql(
      'DROP TRIGGER poison_test_reject ON outcome_admission; DROP FUNCTION poison_test_reject()',
    );
    const kafka = createKafka(testKafkaBrokers(), 'poison-test', new JsonLogger('test', 'error'));
    // Ours and whatever poison of earlier runs this group parked.
    expect(await redriveDeadLetters(kafka, group)).toBeGreaterThanOrEqual(3);
    await expectEventually(async () =>
      expect(await participants()).toEqual({ value: 6, suppressed: false }),
    );
    // Malformed and invalid fail the same way again: back on the dead-letter topic, nothing applied.
    const again = await deadLetters.waitForAll(ours, 5, 60_000);
    expect(
      again
        .slice(3)
        .map((m) => m.headers['x-dead-letter-reason'])
        .sort(),
    ).toEqual(['invalid-data', 'malformed']);
    expect(await rowsOfRejected()).toEqual([{ rows: 1, inbox: 1 }]);
    // A second redrive sends what was parked since (ours: the two unreadable ones), and the
    // applied event stays applied once.
    expect(await redriveDeadLetters(kafka, group)).toBeGreaterThanOrEqual(2);
    await deadLetters.waitForAll(ours, 7, 60_000);
    expect(await rowsOfRejected()).toEqual([{ rows: 1, inbox: 1 }]);
    expect(await participants()).toEqual({ value: 6, suppressed: false });
  });
});
