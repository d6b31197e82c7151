import { identityHeader, type BoundOperation } from '@jobbnatet/contracts';
import { callers, createIdentitySigner, type Subgraph } from '@jobbnatet/subgraph-testing';
import { aParticipant } from '@jobbnatet/testing';
import { registerMutation, startParticipants } from './support/participants';

const officer = callers.officer('af-sodertalje');

/** The forwarded identity and the request shape, at the API of the real participants app. */
describe('participants refuses what the gateway did not sign for exactly this request', () => {
  const current = createIdentitySigner('gw-current');
  const next = createIdentitySigner('gw-next');
  let participants: Subgraph;

  const listQuery: BoundOperation = {
    query: 'query L($first: Int!) { participants(first: $first) { totalCount } }',
    operationName: 'L',
    variables: { first: 5 },
  };
  const codeOf = async (response: Response) =>
    ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
      ?.extensions?.code;

  beforeAll(async () => {
    participants = await startParticipants({
      signer: current,
      trusted: [current, next],
      env: { JOBBNATET_MODE: 'production' },
    });
  });
  afterAll(() => participants?.stop({ dropDatabase: true }));

  it('answers a signed operation', async () => {
    const response = await participants.post(officer, listQuery);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { participants: { totalCount: 0 } } });
  });

  it('refuses the same header a second time (replay)', async () => {
    const header = await participants.sign(officer, listQuery);

    expect((await participants.post(officer, listQuery, { header })).status).toBe(200);
    const replay = await participants.post(officer, listQuery, { header });
    expect(replay.status).toBe(401);
    expect(await codeOf(replay)).toBe('UNAUTHENTICATED');
  });

  it('refuses a header used with other variables', async () => {
    const header = await participants.sign(officer, listQuery);

    const response = await participants.post(
      officer,
      { ...listQuery, variables: { first: 50 } },
      { header },
    );

    expect(response.status).toBe(401);
  });

  it('refuses a header used with another operation name', async () => {
    const twoOperations = `${listQuery.query} query M { participants(first: 1) { totalCount } }`;
    const header = await participants.sign(officer, { ...listQuery, query: twoOperations });

    const response = await participants.post(
      officer,
      { ...listQuery, query: twoOperations, operationName: 'M' },
      { header },
    );

    expect(response.status).toBe(401);
  });

  it('refuses an identity signed for another operation', async () => {
    const header = await participants.sign(officer, { query: '{ _service { sdl } }' });

    expect((await participants.post(officer, listQuery, { header })).status).toBe(401);
  });

  it('refuses an identity addressed to another subgraph', async () => {
    const header = await participants.sign(officer, listQuery, { audience: 'employers' });

    expect((await participants.post(officer, listQuery, { header })).status).toBe(401);
  });

  it('refuses an expired identity', async () => {
    jest.useFakeTimers({ now: Date.now() - 120_000, doNotFake: ['nextTick', 'setImmediate'] });
    const header = await participants.sign(officer, listQuery);
    jest.useRealTimers();

    expect((await participants.post(officer, listQuery, { header })).status).toBe(401);
  });

  it('refuses an identity signed with a key it does not trust', async () => {
    const header = await participants.sign(officer, listQuery, {
      signer: createIdentitySigner('gw-current'),
    });

    expect((await participants.post(officer, listQuery, { header })).status).toBe(401);
  });

  it('loses no request while the gateway switches to the next key mid-traffic', async () => {
    let signer = current;
    let answered = 0;
    const statuses: number[] = [];
    const client = async () => {
      while (answered < 60) {
        const response = await participants.post(officer, listQuery, { signer });
        statuses.push(response.status);
        answered++;
        if (answered === 30) signer = next;
      }
    };

    await Promise.all([client(), client(), client(), client()]);

    expect(statuses.length).toBeGreaterThanOrEqual(60);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  });

  describe('only a JSON POST body runs, exactly as verified', () => {
    it('refuses a persisted-query hash next to a harmless signed text', async () => {
      const harmless: BoundOperation = { query: '{ __typename }' };
      const response = await fetch(participants.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [identityHeader]: await participants.sign(officer, harmless),
        },
        body: JSON.stringify({
          ...harmless,
          extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
        }),
      });

      expect(response.status).toBe(400);
      expect(await codeOf(response)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    });

    it('refuses a hash alone, with the signed text only in the URL', async () => {
      const harmless: BoundOperation = { query: '{ __typename }' };
      const response = await fetch(
        `${participants.graphqlUrl}?query=${encodeURIComponent(harmless.query)}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [identityHeader]: await participants.sign(officer, harmless),
          },
          body: JSON.stringify({
            extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
          }),
        },
      );

      expect(response.status).toBe(400);
    });

    it('refuses GET, even signed', async () => {
      const response = await fetch(
        `${participants.graphqlUrl}?query=${encodeURIComponent(listQuery.query)}`,
        {
          headers: {
            [identityHeader]: await participants.sign(officer, { query: listQuery.query }),
          },
        },
      );

      expect(response.status).toBe(405);
    });

    it('answers a batch (array body) with a client error', async () => {
      const response = await fetch(participants.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [identityHeader]: await participants.sign(officer, listQuery),
        },
        body: JSON.stringify([listQuery, listQuery]),
      });

      expect(response.status).toBe(400);
      expect(await codeOf(response)).toBe('BAD_REQUEST');
    });
  });

  describe('bad input costs little and echoes nothing', () => {
    it('answers 1 000 unknown input keys with one short error naming the field', async () => {
      const input: Record<string, string> = { ...aParticipant().build() };
      for (let i = 0; i < 1000; i++) input[`extra${i}`] = 'Svensson';

      const response = await participants.post(officer, {
        query: registerMutation,
        variables: { input },
      });
      const text = await response.text();

      expect(response.status).toBe(400);
      expect(text.length).toBeLessThan(1_000);
      expect(JSON.parse(text)).toMatchObject({
        errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'input.extra0' } }],
      });
      expect(text).not.toContain('Svensson');
      expect(text).not.toContain(input.identityNumber);
    });

    it('answers an operation name that names no operation with a client error', async () => {
      const response = await participants.post(officer, { ...listQuery, operationName: 'Nope' });

      expect(response.status).toBe(400);
      expect(await codeOf(response)).toBe('OPERATION_RESOLUTION_FAILURE');
    });
  });

  it('sends the usual security headers and no x-powered-by', async () => {
    for (const response of [
      await participants.post(officer, listQuery),
      await fetch(participants.graphqlUrl.replace('/graphql', '/health/live')),
    ]) {
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    }
  });
});
