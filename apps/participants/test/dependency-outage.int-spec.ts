import { callers, sqlOn, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant, expectEventually } from '@jobbnatet/testing';
import { registerMutation, startParticipants } from './support/participants';

const officer = callers.officer('af-sodertalje');
const sql = (text: string, params: unknown[] = []) => sqlOn('postgres', text, params);

type Result = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

describe('participants while its database is unreachable', () => {
  let participants: Subgraph;

  beforeAll(async () => {
    participants = await startParticipants({ env: { JOBBNATET_MODE: 'production' } });
  });
  afterAll(async () => {
    if (!participants) return;
    await sql(`ALTER DATABASE "${participants.databaseName}" ALLOW_CONNECTIONS true`);
    await participants.stop({ dropDatabase: true });
  });

  const list = { query: '{ participants(first: 5) { totalCount } }' };

  it('answers the retryable SERVICE_UNAVAILABLE during the outage, and data once it is over', async () => {
    expect(((await (await participants.post(officer, list)).json()) as Result).data).toBeDefined();

    await sql(`ALTER DATABASE "${participants.databaseName}" ALLOW_CONNECTIONS false`);
    await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      participants.databaseName,
    ]);

    for (const operation of [
      list,
      { query: registerMutation, variables: { input: aParticipant().build() } },
    ]) {
      const result = (await (await participants.post(officer, operation)).json()) as Result;
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
        'SERVICE_UNAVAILABLE',
      ]);
      expect(result.errors?.[0]?.message).not.toMatch(/participants_it|5432|terminat/);
    }

    await sql(`ALTER DATABASE "${participants.databaseName}" ALLOW_CONNECTIONS true`);
    await expectEventually(async () => {
      const result = (await (await participants.post(officer, list)).json()) as Result;
      expect(result).toEqual({ data: { participants: { totalCount: 0 } } });
    });
  });
});
