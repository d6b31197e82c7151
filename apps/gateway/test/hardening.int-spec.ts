import type { AddressInfo } from 'node:net';
import { testIdentityNumbers } from '@jobbnatet/testing';
import { startGateway, type RunningGateway } from './support/gateway-harness';
import { postGraphQL } from './support/http';
import { startOidcSetup, type OidcSetup } from './support/oidc-setup';
import { startParticipantsSubgraph, type TestSubgraph } from './support/test-subgraphs';

/**
 * Client mistakes, hostile inputs and outages at the gateway, in both modes: the answer is a small
 * 4xx with a client code, or the retryable SERVICE_UNAVAILABLE, never a 500 or an echo of the input.
 */
describe('gateway hardening', () => {
  const identityNumber = testIdentityNumbers()[0] as string;
  let setup: OidcSetup;
  let participants: TestSubgraph;
  const gateways: Record<'development' | 'production', { gateway: RunningGateway; token: string }> =
    {} as never;

  beforeAll(async () => {
    setup = await startOidcSetup();
    participants = setup.participants;
    const token = setup.officerToken;
    // Production is what an unset JOBBNATET_MODE means.
    gateways.production = { gateway: await startGateway([participants], setup.env), token };
    gateways.development = {
      gateway: await startGateway([participants], { ...setup.env, JOBBNATET_MODE: 'development' }),
      token,
    };
  });

  afterAll(async () => {
    await gateways.production?.gateway.stop();
    await gateways.development?.gateway.stop();
    await setup?.stop();
  });

  it('binds every interface in production and only the loopback in development', () => {
    const address = (mode: 'development' | 'production') =>
      (gateways[mode].gateway.server.httpServer.address() as AddressInfo).address;

    expect(address('production')).toBe('0.0.0.0');
    expect(address('development')).toBe('127.0.0.1');
  });

  describe.each(['production', 'development'] as const)('in %s', (mode) => {
    const post = (payload: unknown) =>
      postGraphQL(gateways[mode].gateway.url, payload, { token: gateways[mode].token });

    it('answers an operationName that names no operation with 400 and a client code', async () => {
      const response = await post({ query: '{ __typename }', operationName: 'Nope' });

      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    });

    it('answers 1 000 unknown input keys with one short error naming the field, before any subgraph call', async () => {
      const filter: Record<string, string> = { officeId: 'af-sodertalje' };
      for (let i = 0; i < 1000; i++) filter[`k${i}`] = identityNumber;
      const hitsBefore = participants.hits();

      const response = await post({
        query: 'query Q($filter: ParticipantFilter!) { participantsIn(filter: $filter) { id } }',
        variables: { filter },
      });

      expect(response.status).toBe(400);
      expect(response.text.length).toBeLessThan(1_000);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.k0' }),
        }),
      ]);
      expect(response.text).not.toContain(identityNumber);
      expect(participants.hits()).toBe(hitsBefore);
    });

    it('passes a subgraph’s database outage on as the retryable SERVICE_UNAVAILABLE', async () => {
      const response = await post({ query: '{ unavailableLookup }' });

      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([
        'SERVICE_UNAVAILABLE',
      ]);
    });

    it('sends the usual security headers and no x-powered-by', async () => {
      const response = await post({ query: '{ __typename }' });

      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    });

    it('writes no variable value into its logs', async () => {
      await post({
        query: 'query Q($filter: ParticipantFilter!) { participantsIn(filter: $filter) { id } }',
        variables: { filter: { officeId: identityNumber } },
      });

      const logs = gateways[mode].gateway.logs.join('\n');
      expect(logs).toContain('"msg":"request"');
      expect(logs).not.toContain(identityNumber);
    });
  });

  it('answers SERVICE_UNAVAILABLE while a subgraph cannot be reached at all', async () => {
    const doomed = await startParticipantsSubgraph(setup.identityKeys);
    const gateway = await startGateway([doomed], setup.env);
    try {
      await doomed.stop();

      const response = await postGraphQL(
        gateway.url,
        { query: '{ whoAmI { role } }' },
        { token: gateways.production.token },
      );

      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([
        'SERVICE_UNAVAILABLE',
      ]);
      expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      await gateway.stop();
    }
  });

  it('sends a strict content security policy in production', async () => {
    const { gateway, token } = gateways.production;

    const response = await postGraphQL(gateway.url, { query: '{ __typename }' }, { token });

    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
