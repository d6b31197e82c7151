import { topics } from '@jobbnatet/contracts';
import { JsonLogger } from '@jobbnatet/service-kit';
import { callers, reportingHistory, Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually, KafkaTestProducer } from '@jobbnatet/testing';
import type { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { reportingConfig } from '../src/config';
import { readModelChecksum } from '../src/read-models/checksum';
import { handlersOf } from '../src/read-models/read-model-command';
import { readModels } from '../src/read-models/read-models';
import { rebuildReadModel, type RebuildResult } from '../src/read-models/rebuild';
import { ownerOf, rowsOf } from './support/read-model-sql';

const outcomesQuery = `query O($filter: OutcomesFilter) { outcomes(filter: $filter) {
  participants { value suppressed } inWork { value suppressed } subsidised { value suppressed }
  acquired { value suppressed } otherIntervention { value suppressed }
  medianDaysToJob { value suppressed }
} }`;
const funnelQuery = `query F($trackId: ID!) { funnel(trackId: $trackId) {
  identified { value suppressed } prerequisitesAssessed { value suppressed }
  admitted { value suppressed } completed { value suppressed } employed { value suppressed }
} }`;

describe('rebuilding the read models from the topics', () => {
  const history = reportingHistory(200);
  let subgraph: Subgraph;
  let owner: DataSource;
  let producer: KafkaTestProducer;

  async function answers() {
    const outcomes = await subgraph.call(callers.analyst(), outcomesQuery, {
      filter: { trackId: history.trackIds[0] },
    });
    const funnel = await subgraph.call(callers.analyst(), funnelQuery, {
      trackId: history.trackIds[1],
    });
    if (!outcomes.data || !funnel.data) throw new Error(JSON.stringify([outcomes, funnel]));
    return { outcomes: outcomes.data, funnel: funnel.data };
  }

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    owner = await ownerOf(subgraph.env);
    producer = await KafkaTestProducer.start();
    await producer.publish(topics.participants, history.participants);
    await producer.publish(topics.jobTracks, history.jobTracks);
    await expectEventually(
      async () =>
        expect(await rowsOf((t, p) => subgraph.sql(t, p), history.participantIds)).toBe(
          history.expectedRows,
        ),
      { timeoutMs: 60_000 },
    );
  });

  afterAll(async () => {
    await producer?.stop();
    await owner?.destroy();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('equals the live read models (same checksum), answering throughout, and the live consumers go on in the new tables', async () => {
    const before = await answers();
    const during: unknown[] = [];
    const { handlers, close } = await handlersOf(readModels);
    const results: RebuildResult[] = [];
    try {
      for (const model of readModels)
        results.push(
          await rebuildReadModel(
            {
              databaseUrl: subgraph.env.DATABASE_URL!,
              databaseName: subgraph.databaseName,
              kafkaBrokers: subgraph.env.KAFKA_BROKERS!,
              serviceGroup: subgraph.env.CONSUMER_GROUP!,
              logger: new JsonLogger('reporting', 'error'),
              // The shadow tables are full; the API still answers from the live ones.
              afterReplay: async () => void during.push(await answers()),
            },
            model,
            handlers.get(model.name)!,
          ),
        );
    } finally {
      await close();
    }

    for (const result of results) {
      expect(result.rebuilt.checksum).toBe(result.live.checksum);
      // The history feeds every table of these two models but evaluations; the rest hold what
      // other suites sent to the shared broker, if anything.
      if (['outcomes', 'funnel'].includes(result.readModel))
        for (const table of result.rebuilt.tables.filter((t) => t.table !== 'outcome_evaluation'))
          expect(table.rows).toBeGreaterThan(0);
    }
    expect(during).toEqual(readModels.map(() => before));
    expect(await answers()).toEqual(before);
    for (const [i, model] of readModels.entries())
      expect((await readModelChecksum(owner, model)).checksum).toBe(results[i]!.rebuilt.checksum);
    const schemas = (await owner.query(
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'",
    )) as unknown[];
    expect(schemas).toEqual([]);

    // The live groups resume into the swapped tables (as the runtime role: privileges carried over).
    const more = reportingHistory(10);
    await producer.publish(topics.participants, more.participants);
    await producer.publish(topics.jobTracks, more.jobTracks);
    await expectEventually(
      async () =>
        expect(await rowsOf((t, p) => subgraph.sql(t, p), more.participantIds)).toBe(
          more.expectedRows,
        ),
      { timeoutMs: 60_000 },
    );
  });
});
