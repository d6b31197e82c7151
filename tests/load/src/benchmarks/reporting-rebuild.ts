import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  candidateAdvancedV1,
  candidateIdentifiedV1,
  createEnvelope,
  participantAdmittedV1,
  participantEmployedV1,
  participantRetentionCheckedV1,
  topics,
  trackCreatedV1,
  trackParticipantResultRecordedV1,
  type EventData,
  type EventDefinition,
} from '@jobbnatet/contracts';
import { dropDatabase, repoRoot } from '@jobbnatet/infra-local';
import {
  createKafka,
  ensureTopics,
  defaultTopicSettings,
  JsonLogger,
} from '@jobbnatet/service-kit';
import type { Benchmark, BenchmarkResult } from '../benchmark';
import { comparedWithLimit, limits } from '../support/limits';
import { startInfrastructure } from '../support/platform';
import { progress } from '../support/progress';
import { Teardown } from '../support/teardown';

const settings = {
  /** About 5.7 events each: ≥ 200 000 events. */
  persons: 36_000,
  producerBatch: 1_000,
};

/** Fixed, so an interrupted run leaves nothing that the next one does not drop first. */
const database = 'reporting_bench';
const officer = '11111111-1111-4111-8111-111111111111';

type Message = { key: string; value: string };

function message<D extends EventDefinition>(definition: D, subject: string, data: EventData<D>) {
  const envelope = createEnvelope(definition, {
    subject,
    subjectSequence: 1,
    data,
    source: '/jobbnatet/bench',
    correlationId: randomUUID(),
  });
  return { key: subject, value: JSON.stringify(envelope) };
}

/**
 * Tracks of ten persons as job-tracks and participants publish them: each track created, each
 * candidate identified (one in seven twice), assessed, admitted and closed with a result (one in
 * four corrected later); three in five employed, with a retention check.
 */
function history(persons: number): { jobTracks: Message[]; participants: Message[] } {
  const jobTracks: Message[] = [];
  const participants: Message[] = [];
  const employerId = randomUUID();
  let trackId = randomUUID();
  for (let n = 0; n < persons; n++) {
    if (n % 10 === 0) {
      trackId = randomUUID();
      jobTracks.push(
        message(trackCreatedV1, trackId, {
          trackId,
          agreementId: randomUUID(),
          previousRoundId: null,
          round: 1,
          municipalityCodes: ['0181'],
          officeIds: ['af-sodertalje'],
          employerIds: [employerId],
          competenceNeedIds: [],
          competenceProfileId: null,
          providerIds: [],
          targetParticipants: 10,
          phase: 'PLANNING',
          plannedStart: '2026-01-01',
          plannedEnd: '2026-12-31',
          createdAt: '2026-01-01T08:00:00.000Z',
          createdBy: officer,
        }),
      );
    }
    const participantId = randomUUID();
    const candidateId = randomUUID();
    const identified = message(candidateIdentifiedV1, trackId, {
      candidateId,
      trackId,
      participantId,
      identifiedAt: '2026-01-05T09:00:00.000Z',
      identifiedBy: officer,
    });
    jobTracks.push(
      identified,
      message(candidateAdvancedV1, trackId, {
        candidateId,
        trackId,
        participantId,
        from: 'IDENTIFIED',
        to: 'PREREQUISITES_ASSESSED',
        assessmentId: null,
        employerId: null,
        on: null,
        version: 2,
        advancedAt: '2026-01-07T09:00:00.000Z',
        advancedBy: officer,
      }),
      message(participantAdmittedV1, trackId, {
        trackId,
        participantId,
        candidateId,
        officeIds: ['af-sodertalje'],
        municipalityCodes: ['0181'],
        admittedOn: '2026-01-10',
        selectedByEmployerId: employerId,
        admittedAt: '2026-01-10T09:00:00.000Z',
        admittedBy: officer,
      }),
    );
    if (n % 7 === 0) jobTracks.push(identified);
    const employed = n % 5 < 3;
    const result = (outcome: 'EMPLOYED' | 'OTHER_INTERVENTION', recordedAt: string) =>
      message(trackParticipantResultRecordedV1, trackId, {
        trackId,
        participantId,
        outcome,
        employmentForm: outcome === 'EMPLOYED' ? 'UNSUBSIDISED' : null,
        subsidyKind: null,
        reasonCode: null,
        recordedAt,
        recordedBy: officer,
      });
    jobTracks.push(
      result(employed ? 'EMPLOYED' : 'OTHER_INTERVENTION', '2026-06-01T09:00:00.000Z'),
    );
    if (n % 4 === 0) jobTracks.push(result('EMPLOYED', '2026-07-01T09:00:00.000Z'));
    if (employed) {
      const outcomeId = randomUUID();
      participants.push(
        message(participantEmployedV1, participantId, {
          participantId,
          outcomeId,
          employerId,
          form: n % 3 === 0 ? 'SUBSIDISED' : 'UNSUBSIDISED_PERMANENT',
          subsidyKind: n % 3 === 0 ? 'NYSTARTSJOBB' : null,
          startDate: '2026-03-01',
          endDate: null,
          hoursPerWeek: 40,
          acquired: n % 2 === 0,
          acquiredThroughContactId: null,
          countsAsWork: true,
          officeId: 'af-sodertalje',
          recordedBy: officer,
        }),
        message(participantRetentionCheckedV1, participantId, {
          participantId,
          outcomeId,
          checkId: randomUUID(),
          monthsAfterStart: 3,
          result: n % 6 === 0 ? 'NOT_EMPLOYED' : 'STILL_EMPLOYED',
          checkedOn: '2026-06-01',
          checkedBy: officer,
        }),
      );
    }
  }
  return { jobTracks, participants };
}

/** One line of the rebuild command's output. */
const resultLine =
  /^(?<model>[a-z-]+): rebuilt from (?<events>\d+) events in (?<seconds>[\d.]+) s \((?<rate>\d+) events\/s\)/;

async function run(): Promise<BenchmarkResult> {
  const teardown = new Teardown();
  try {
    const infra = await startInfrastructure(teardown);
    const logger = new JsonLogger('bench', 'error');
    await dropDatabase(infra.databaseUrl, database);
    teardown.add('the bench database', () => dropDatabase(infra.databaseUrl, database));

    progress(`generating and producing the history of ${settings.persons} persons`);
    const { jobTracks, participants } = history(settings.persons);
    const kafka = createKafka(infra.kafkaBrokers, 'bench-reporting-rebuild', logger);
    await ensureTopics(kafka, [topics.jobTracks, topics.participants], defaultTopicSettings);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    teardown.add('the producer', () => producer.disconnect());
    const produceStarted = performance.now();
    for (const [topic, messages] of [
      [topics.jobTracks, jobTracks],
      [topics.participants, participants],
    ] as const)
      for (let start = 0; start < messages.length; start += settings.producerBatch)
        await producer.send({
          topic,
          acks: -1,
          messages: messages.slice(start, start + settings.producerBatch),
        });
    const produced = jobTracks.length + participants.length;
    const produceSeconds = (performance.now() - produceStarted) / 1000;

    progress(`rebuilding every read model (${produced} new events on the topics)`);
    const started = performance.now();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(repoRoot, 'apps/reporting/dist/read-models/rebuild.cli.js')],
      {
        env: {
          ...process.env,
          DATABASE_URL: infra.databaseUrl,
          DATABASE_NAME: database,
          CONSUMER_GROUP: database,
          KAFKA_BROKERS: infra.kafkaBrokers,
          LOG_LEVEL: 'error',
        },
        maxBuffer: 1 << 20,
      },
    );
    const commandSeconds = (performance.now() - started) / 1000;
    const models = stdout
      .split('\n')
      .map((line) => resultLine.exec(line)?.groups)
      .filter((groups) => groups !== undefined)
      .map((g) => ({ model: g.model!, events: Number(g.events), seconds: Number(g.seconds) }));
    const events = models.reduce((sum, m) => sum + m.events, 0);
    const seconds = models.reduce((sum, m) => sum + m.seconds, 0);

    return {
      settings: { ...settings, produced },
      figures: [
        {
          label: 'rebuild, all read models (events read / their rebuild time)',
          value: events / seconds,
          unit: 'events/s',
          compared: comparedWithLimit(limits.replayIntoPostgres),
        },
        {
          label: 'the same, against the issue’s target',
          value: events / seconds,
          unit: 'events/s',
          compared: comparedWithLimit(limits.rebuildTarget),
        },
        ...models.map((m) => ({
          label: `rebuild of ${m.model}`,
          value: m.events / m.seconds,
          unit: 'events/s',
          compared: comparedWithLimit(limits.rebuildTarget),
        })),
        { label: 'the command, start to exit', value: commandSeconds, unit: 's' },
        {
          label: 'producing the history (batches of 1 000)',
          value: produced / produceSeconds,
          unit: 'events/s',
        },
      ],
      notes: [
        `each read model reads both topics whole (${events} messages in all, every earlier event on them included)`,
        'the time of a rebuild runs from its shadow tables to the swap: replay, catch-up, both checksums, swap',
        'no live service ran: the live tables were empty, so the checksums differ by design here',
        `the history is written to the development topics ${topics.jobTracks} and ${topics.participants}, which keep it`,
      ],
      details: { models, stdout },
    };
  } finally {
    await teardown.run();
  }
}

export const reportingRebuild: Benchmark = {
  name: 'reporting-rebuild',
  description: 'the reporting rebuild command over a history of 200 000+ events',
  run,
};
