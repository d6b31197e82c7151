import { expectEventually } from '@jobbnatet/testing';
import {
  gatewayKey,
  registerMutation,
  registrationInput,
  sql,
  startSignedParticipants,
  type SignedParticipants,
} from './support/signed-participants';

type Result = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

describe('participants while its database is unreachable', () => {
  let participants: SignedParticipants;

  beforeAll(async () => {
    participants = await startSignedParticipants([gatewayKey('gw')]);
  });
  afterAll(async () => {
    if (!participants) return;
    await sql(`ALTER DATABASE "${participants.database}" ALLOW_CONNECTIONS true`);
    await participants.stop();
  });

  const list = { query: '{ participants(first: 5) { totalCount } }' };

  it('answers the retryable SERVICE_UNAVAILABLE during the outage, and data once it is over', async () => {
    expect(((await (await participants.post(list)).json()) as Result).data).toBeDefined();

    await sql(`ALTER DATABASE "${participants.database}" ALLOW_CONNECTIONS false`);
    await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      participants.database,
    ]);

    for (const operation of [
      list,
      { query: registerMutation, variables: { input: registrationInput() } },
    ]) {
      const result = (await (await participants.post(operation)).json()) as Result;
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
        'SERVICE_UNAVAILABLE',
      ]);
      expect(result.errors?.[0]?.message).not.toMatch(/participants_it|5432|terminat/);
    }

    await sql(`ALTER DATABASE "${participants.database}" ALLOW_CONNECTIONS true`);
    await expectEventually(async () => {
      const result = (await (await participants.post(list)).json()) as Result;
      expect(result).toEqual({ data: { participants: { totalCount: 0 } } });
    });
  });
});
