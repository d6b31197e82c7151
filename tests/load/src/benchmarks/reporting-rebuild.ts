import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { topics } from '@jobbnatet/contracts';
import { dropDatabase, repoRoot, serviceDatabaseName } from '@jobbnatet/infra-local';
import {
  createKafka,
  ensureTopics,
  defaultTopicSettings,
  JsonLogger,
} from '@jobbnatet/service-kit';
import { reportingHistory } from '@jobbnatet/subgraph-testing';
import type { TestEnvelope } from '@jobbnatet/testing';
import type { Benchmark, BenchmarkResult } from '../benchmark';
import { comparedWithLimit, limits } from '../support/limits';
import { benchDatabaseSuffix, startInfrastructure } from '../support/platform';
import { progress } from '../support/progress';
import { Teardown } from '../support/teardown';

const settings = {
  /** About 5.7 events each: ≥ 200 000 events. */
  persons: 36_000,
  producerBatch: 1_000,
};

/** Fixed, so an interrupted run leaves nothing that the next one does not drop first. */
const database = serviceDatabaseName('reporting', benchDatabaseSuffix);

/** As its producer would send it: keyed by the aggregate, the envelope as JSON. */
const asMessage = (envelope: TestEnvelope) => ({
  key: envelope.subject,
  value: JSON.stringify(envelope),
});

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
    const history = reportingHistory(settings.persons);
    const jobTracks = history.jobTracks.map(asMessage);
    const participants = history.participants.map(asMessage);
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
