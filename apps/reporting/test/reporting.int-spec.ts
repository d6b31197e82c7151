import { join } from 'node:path';
import { callers, Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually } from '@jobbnatet/testing';
import { AppModule } from '../src/app.module';
import { reportingConfig } from '../src/config';

describe('reporting service on real PostgreSQL and Kafka', () => {
  let subgraph: Subgraph;

  beforeAll(async () => {
    subgraph = await Subgraph.start({
      serviceName: 'reporting',
      appModule: (env) => AppModule.register(reportingConfig(env)),
    });
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
  });

  afterAll(async () => {
    await subgraph?.stop({ dropDatabase: true });
  });

  it('refuses every operation of its schema without the gateway’s signature', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    expect(walk.map((probed) => probed.operation)).toEqual(
      expect.arrayContaining([
        'query { outcomes }',
        'query { costs }',
        'mutation { setControlBaseline }',
      ]),
    );
    expect(walk.filter((probed) => probed.status !== 401)).toEqual([]);
  });

  it('reads the caller’s scope in every root field and entity resolver', () => {
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  it('has two mutations, entering a control baseline and publishing a report snapshot, and the scaffold’s report table is gone', async () => {
    const answer = await subgraph.call<{
      __schema: { mutationType: { fields: { name: string }[] } };
    }>(callers.admin(), '{ __schema { mutationType { fields { name } } } }');
    expect(answer.data?.__schema.mutationType.fields.map((f) => f.name)).toEqual([
      'setControlBaseline',
      'publishReport',
    ]);
    expect(await subgraph.sql("SELECT to_regclass('report') AS t")).toEqual([{ t: null }]);
  });
});
