import { generateKeyPairSync } from 'node:crypto';
import { startGateway, type RunningGateway } from './support/gateway-harness';
import { parsed, postGraphQL } from './support/http';
import { startOidcSetup, type OidcSetup } from './support/oidc-setup';
import type { TestOidcProvider } from './support/test-oidc-provider';
import type { TestSubgraph } from './support/test-subgraphs';

/**
 * Production-mode probe with the default limits: what an outsider can learn or make the gateway do.
 * Tokens come from an in-test OIDC provider, since the dev issuer does not exist in production.
 */
describe('gateway in production mode', () => {
  let setup: OidcSetup;
  let oidc: TestOidcProvider;
  let participants: TestSubgraph;
  let gateway: RunningGateway;
  let token: string;

  beforeAll(async () => {
    setup = await startOidcSetup();
    ({ oidc, participants, officerToken: token } = setup);
    gateway = await startGateway([participants], { ...setup.env, JOBBNATET_MODE: 'production' });
  });

  afterAll(async () => {
    await gateway?.stop();
    await setup?.stop();
  });

  /** Sends an operation and reports whether any request reached the subgraph meanwhile. */
  async function probe(payload: unknown) {
    const hitsBefore = participants.hits();
    const response = await postGraphQL(gateway.url, payload, { token });
    return { ...response, subgraphCalled: participants.hits() > hitsBefore };
  }

  const repeat = (times: number, text: (i: number) => string) =>
    Array.from({ length: times }, (_, i) => text(i)).join(' ');

  it('accepts a token from the configured OIDC provider and forwards its identity', async () => {
    const response = await probe({ query: '{ whoAmI { role officeId } }' });

    expect(response.body.data).toEqual({ whoAmI: { role: 'officer', officeId: 'af-sodertalje' } });
  });

  it('answers 401 to a token signed by a key the provider does not publish', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const forged = await oidc.mint(
      { sub: '11111111-1111-4111-8111-111111111111', role: 'admin' },
      { key: privateKey },
    );

    const response = await postGraphQL(
      gateway.url,
      { query: '{ whoAmI { role } }' },
      { token: forged },
    );

    expect(response.status).toBe(401);
  });

  it('does not serve the dev issuer', async () => {
    const token = await fetch(`${gateway.origin}/auth/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin' }),
    });
    const jwks = await fetch(`${gateway.origin}/.well-known/jwks.json`);

    expect([token.status, jwks.status]).toEqual([404, 404]);
  });

  it('serves no landing page: a browser without a token gets 401', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });

    expect(response.status).toBe(401);
  });

  it('refuses introspection', async () => {
    const response = await probe({ query: '{ __schema { types { name } } }' });

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.data).toBeUndefined();
  });

  it('gives no "Did you mean" suggestion for a misspelled field', async () => {
    const response = await probe({ query: '{ whoAmI { userI } }' });

    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/did you mean/i);
    expect(response.text).not.toContain('userId');
  });

  it('refuses a batched request', async () => {
    const response = await probe([
      { query: '{ whoAmI { role } }' },
      { query: '{ whoAmI { role } }' },
    ]);

    expect(response.status).toBe(400);
    expect(response.subgraphCalled).toBe(false);
  });

  it('refuses a query deeper than the depth limit before any subgraph is called', async () => {
    const query = `{ participant(id: "p1") ${repeat(10, () => '{ mentor')} { id } ${repeat(10, () => '}')} }`;

    const response = await probe({ query });

    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(/depth limit of 10/),
    ]);
    expect(response.subgraphCalled).toBe(false);
  });

  it('refuses more aliases than the limit before any subgraph is called', async () => {
    const query = `{ ${repeat(16, (i) => `a${i}: whoAmI { role }`)} }`;

    const response = await probe({ query });

    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(/Aliases limit of 15/),
    ]);
    expect(response.subgraphCalled).toBe(false);
  });

  it('refuses a query costlier than the cost limit before any subgraph is called', async () => {
    const response = await probe({
      query: '{ participants(first: 2000) { id givenName officeId } }',
    });

    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(/Cost limit of 5000/),
    ]);
    expect(response.subgraphCalled).toBe(false);
  });

  it('refuses a query of more tokens than the limit before any subgraph is called', async () => {
    const query = `{ whoAmI { ${repeat(2001, () => 'role')} } }`;

    const response = await probe({ query });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/2000 tokens/),
        extensions: expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }),
      }),
    ]);
    expect(response.subgraphCalled).toBe(false);
  });

  it('answers a subgraph error that quotes SQL, a host and a path with only "Internal server error" and a request id', async () => {
    const response = await probe({ query: '{ failingLookup }' });

    expect(response.body.errors).toEqual([
      {
        message: 'Internal server error',
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          requestId: response.headers.get('x-request-id'),
        },
      },
    ]);
    for (const leak of [
      'SELECT',
      'identity_number',
      'db-primary',
      '5432',
      '/srv/',
      'stacktrace',
      'serviceName',
    ]) {
      expect(response.text).not.toContain(leak);
    }
  });

  it('passes a bad-input error through with its field and reason but no other extension', async () => {
    const response = await probe({ query: '{ invalidInput }' });

    expect(response.body.errors?.[0]).toMatchObject({
      message: 'Kommunkoden måste ha fyra siffror',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'homeMunicipalityCode',
        reason: 'FORMAT',
        requestId: response.headers.get('x-request-id'),
      },
    });
    expect(Object.keys(response.body.errors?.[0]?.extensions ?? {}).sort()).toEqual(
      ['code', 'field', 'reason', 'requestId'].sort(),
    );
  });

  it('refuses a GET query sent as text/plain without a preflight header (CSRF prevention)', async () => {
    const hitsBefore = participants.hits();
    const response = await parsed(
      await fetch(`${gateway.url}?query=${encodeURIComponent('{ whoAmI { role } }')}`, {
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(participants.hits()).toBe(hitsBefore);
  });

  it('answers the same GET query once it carries the apollo-require-preflight header', async () => {
    const response = await parsed(
      await fetch(`${gateway.url}?query=${encodeURIComponent('{ whoAmI { role } }')}`, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      }),
    );

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ whoAmI: { role: 'officer' } });
  });

  it('refuses a text/plain POST, the form a cross-site request would take', async () => {
    const hitsBefore = participants.hits();
    const response = await parsed(
      await fetch(gateway.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ whoAmI { role } }' }),
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(participants.hits()).toBe(hitsBefore);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const response = await parsed(
      await fetch(gateway.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{"query": ',
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(response.text).not.toMatch(/at .*\.js/);
  });
});
