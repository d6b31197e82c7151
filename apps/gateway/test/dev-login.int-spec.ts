import { type KeyObject } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { SignJWT } from 'jose';
import { devAudience, devIssuerId } from '../src/auth/dev-issuer';
import { startGateway, type RunningGateway } from './support/gateway-harness';
import { postGraphQL } from './support/http';
import { ed25519Pair } from './support/keys';
import {
  leakyErrorMessage,
  startJobTracksSubgraph,
  startParticipantsSubgraph,
  type TestSubgraph,
} from './support/test-subgraphs';

/** Development mode: the embedded dev issuer signs logins, the gateway forwards a signed identity. */
describe('gateway in development mode with the embedded dev issuer', () => {
  const identityKeys = ed25519Pair();
  const devIssuerKeys = ed25519Pair();
  let participants: TestSubgraph;
  let jobTracks: TestSubgraph;
  let gateway: RunningGateway;

  beforeAll(async () => {
    participants = await startParticipantsSubgraph(identityKeys);
    jobTracks = await startJobTracksSubgraph(identityKeys);
    gateway = await startGateway([participants, jobTracks], {
      JOBBNATET_MODE: 'development',
      IDENTITY_SIGNING_KEY: identityKeys.privateKeyPem,
      IDENTITY_SIGNING_KEY_ID: identityKeys.keyId,
      DEV_ISSUER_KEY: devIssuerKeys.privateKeyPem,
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await jobTracks?.stop();
    await participants?.stop();
  });

  async function login(username: string): Promise<Response> {
    return fetch(`${gateway.origin}/auth/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username }),
    });
  }

  async function tokenFor(username: string): Promise<string> {
    const response = await login(username);
    return ((await response.json()) as { access_token: string }).access_token;
  }

  /** A token with the dev issuer's shape, signed by whichever key the test chooses. */
  function craftToken(
    key: KeyObject,
    claims: Record<string, unknown>,
    expiresAt: number,
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(devIssuerId)
      .setAudience(devAudience)
      .setSubject('11111111-1111-4111-8111-111111111111')
      .setIssuedAt(expiresAt - 8 * 3600)
      .setExpirationTime(expiresAt)
      .sign(key);
  }

  const officerClaims = { role: 'officer', office_id: 'af-sodertalje', name: 'Anna Lindqvist' };
  const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;
  const whoAmI =
    '{ whoAmI { userId role officeId municipalityCode employerId providerId correlationId } }';

  it('lists the seeded users: one per role, and the demo region’s officers and Botkyrka case worker', async () => {
    const users = (await (await fetch(`${gateway.origin}/auth/dev/users`)).json()) as {
      username: string;
      role: string;
      officeId?: string;
    }[];

    expect(users.map((user) => user.role).sort()).toEqual(
      [
        'admin',
        'analyst',
        'employer_contact',
        'municipal_case_worker',
        'municipal_case_worker',
        ...Array<string>(6).fill('officer'),
        'process_leader',
        'provider_staff',
      ].sort(),
    );
    expect(users.filter((user) => user.role === 'officer').map((user) => user.officeId)).toEqual([
      'af-sodertalje',
      'af-solna',
      'af-botkyrka',
      'af-huddinge',
      'af-kista',
      'af-haninge',
    ]);
  });

  it('issues an eight-hour bearer token for a seeded user', async () => {
    const response = await login('officer');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      access_token: expect.stringMatching(/^ey/),
      token_type: 'Bearer',
      expires_in: 8 * 60 * 60,
    });
  });

  it('refuses a token for a username that is not seeded', async () => {
    const response = await login('mallory');

    expect(response.status).toBe(400);
  });

  it('publishes its signing key as a JWKS named by its OpenID configuration', async () => {
    const discovery = (await (
      await fetch(`${gateway.origin}/.well-known/openid-configuration`)
    ).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as {
      keys: { kty: string; crv: string; d?: string }[];
    };

    expect(discovery.issuer).toBe(devIssuerId);
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519' })]);
    expect(jwks.keys[0]?.d).toBeUndefined();
  });

  it('forwards the officer as a signed identity that the subgraph verifies with the public key', async () => {
    const response = await postGraphQL(
      gateway.url,
      { query: whoAmI },
      { token: await tokenFor('officer') },
    );

    expect(response.status).toBe(200);
    expect(participants.received.at(-1)?.identity).toEqual({
      userId: '11111111-1111-4111-8111-111111111111',
      role: 'officer',
      officeId: 'af-sodertalje',
      correlationId: response.headers.get('x-request-id'),
    });
  });

  it("forwards the second officer's own office, so subgraphs can tell the offices apart", async () => {
    const response = await postGraphQL(
      gateway.url,
      { query: whoAmI },
      { token: await tokenFor('officer_solna') },
    );

    expect(response.body.data?.whoAmI).toMatchObject({ role: 'officer', officeId: 'af-solna' });
  });

  it("forwards a municipal case worker's municipality code", async () => {
    const response = await postGraphQL(
      gateway.url,
      { query: whoAmI },
      { token: await tokenFor('municipal_case_worker') },
    );

    expect(response.body.data?.whoAmI).toMatchObject({
      role: 'municipal_case_worker',
      municipalityCode: '0181',
    });
  });

  it("forwards provider staff's provider id, and nothing of an employer", async () => {
    const response = await postGraphQL(
      gateway.url,
      { query: whoAmI },
      { token: await tokenFor('provider_staff') },
    );

    expect(response.body.data?.whoAmI).toMatchObject({
      role: 'provider_staff',
      providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
      employerId: null,
    });
    expect(participants.received.at(-1)?.identity).toEqual({
      userId: '88888888-8888-4888-8888-888888888888',
      role: 'provider_staff',
      providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
      correlationId: response.headers.get('x-request-id'),
    });
  });

  it('signs a separate identity for each subgraph a query plan reaches', async () => {
    const response = await postGraphQL(
      gateway.url,
      { query: '{ participant(id: "p1") { givenName jobTracks { name } } }' },
      { token: await tokenFor('officer') },
    );

    expect(response.body.data).toEqual({
      participant: { givenName: 'Amira', jobTracks: [{ name: 'Undersköterska Södertälje' }] },
    });
    // Each subgraph verified an identity addressed to itself (audience = its name) for its own query.
    expect(jobTracks.received.at(-1)?.query).toContain('_entities');
    expect(jobTracks.received.at(-1)?.identity.role).toBe('officer');
  });

  it('forwards an incoming correlation id to the subgraphs and echoes it as x-request-id', async () => {
    const correlationId = 'e2e-run-42-step-7';
    const response = await postGraphQL(
      gateway.url,
      { query: whoAmI },
      { token: await tokenFor('analyst'), headers: { 'x-correlation-id': correlationId } },
    );

    expect(response.headers.get('x-request-id')).toBe(correlationId);
    expect(participants.received.at(-1)).toMatchObject({
      correlationId,
      identity: { correlationId },
    });
  });

  it('answers 401 UNAUTHENTICATED to a request without a token, and no subgraph is called', async () => {
    const hitsBefore = participants.hits();
    const response = await postGraphQL(gateway.url, { query: whoAmI });

    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      errors: [
        {
          message: expect.any(String),
          extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) },
        },
      ],
    });
    expect(participants.hits()).toBe(hitsBefore);
  });

  it('answers 401 UNAUTHENTICATED to a garbage token', async () => {
    const response = await postGraphQL(gateway.url, { query: whoAmI }, { token: 'not.a.jwt' });

    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 UNAUTHENTICATED to an expired token', async () => {
    const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
    const token = await craftToken(devIssuerKeys.privateKey, officerClaims, anHourAgo);

    const response = await postGraphQL(gateway.url, { query: whoAmI }, { token });

    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a token crafted with the dev issuer key, which shows the expired one failed on time alone', async () => {
    const token = await craftToken(devIssuerKeys.privateKey, officerClaims, inOneHour());

    const response = await postGraphQL(gateway.url, { query: whoAmI }, { token });

    expect(response.status).toBe(200);
  });

  it('answers 401 UNAUTHENTICATED to a token signed with another key', async () => {
    const token = await craftToken(ed25519Pair().privateKey, officerClaims, inOneHour());

    const response = await postGraphQL(gateway.url, { query: whoAmI }, { token });

    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 UNAUTHENTICATED to an officer token without an office', async () => {
    const token = await craftToken(devIssuerKeys.privateKey, { role: 'officer' }, inOneHour());

    const response = await postGraphQL(gateway.url, { query: whoAmI }, { token });

    expect(response.status).toBe(401);
  });

  it('answers 401 UNAUTHENTICATED to a token with a role the platform does not know', async () => {
    const token = await craftToken(devIssuerKeys.privateKey, { role: 'superuser' }, inOneHour());

    const response = await postGraphQL(gateway.url, { query: whoAmI }, { token });

    expect(response.status).toBe(401);
  });

  it('serves introspection in development mode', async () => {
    const response = await postGraphQL(
      gateway.url,
      { query: getIntrospectionQuery() },
      { token: await tokenFor('officer') },
    );

    expect(response.status).toBe(200);
    expect(response.body.data?.__schema).toBeDefined();
  });

  it('serves the GraphQL landing page to a browser without a token', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('keeps an internal error message for debugging in development but sends no stack trace', async () => {
    const response = await postGraphQL(
      gateway.url,
      { query: '{ failingLookup }' },
      { token: await tokenFor('officer') },
    );

    expect(response.body.errors?.[0]).toMatchObject({
      message: leakyErrorMessage,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        requestId: response.headers.get('x-request-id'),
      },
    });
    expect(response.text).not.toContain('stacktrace');
  });

  it('never writes a bearer token or the operation text into its logs', async () => {
    const token = await tokenFor('officer');
    await postGraphQL(gateway.url, { query: '{ whoAmI { userId } }' }, { token });

    const logs = gateway.logs.join('\n');
    expect(logs).toContain('"msg":"request"');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(token.split('.')[2]);
    expect(logs).not.toContain('whoAmI');
  });
});
