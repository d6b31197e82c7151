import { startGateway, type RunningGateway } from './support/gateway-harness';
import { postGraphQL } from './support/http';
import { ed25519Pair } from './support/keys';
import { startTestOidcProvider, type TestOidcProvider } from './support/test-oidc-provider';
import { startParticipantsSubgraph, type TestSubgraph } from './support/test-subgraphs';

describe('gateway observability', () => {
  const identityKeys = ed25519Pair();
  let oidc: TestOidcProvider;
  let participants: TestSubgraph;
  let gateway: RunningGateway;
  let token: string;

  beforeAll(async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    oidc = await startTestOidcProvider();
    participants = await startParticipantsSubgraph(identityKeys);
    gateway = await startGateway([participants], {
      IDENTITY_SIGNING_KEY: identityKeys.privateKeyPem,
      IDENTITY_SIGNING_KEY_ID: identityKeys.keyId,
      OIDC_ISSUER: oidc.issuer,
      OIDC_JWKS_URL: oidc.jwksUrl,
      OIDC_AUDIENCE: oidc.audience,
    });
    token = await oidc.mint({
      sub: '11111111-1111-4111-8111-111111111111',
      role: 'officer',
      office_id: 'af-sodertalje',
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await participants?.stop();
    await oidc?.stop();
  });

  it('sends no usage telemetry to Apollo: its only switch is set before the gateway is built', () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });

  it('counts operations by name and outcome and times subgraph fetches, on its own port only', async () => {
    await postGraphQL(gateway.url, { query: 'query Me { whoAmI { role } }' }, { token });
    await postGraphQL(gateway.url, { query: 'query Broken { nope }' }, { token });

    const response = await fetch(gateway.metricsUrl!);
    const text = await response.text();
    expect(response.headers.get('content-type')).toContain('application/openmetrics-text');
    expect(text).toMatch(
      /jobbnatet_graphql_operations_total\{operation="Me",type="query",code="OK",service="gateway"\} 1/,
    );
    expect(text).toMatch(
      /jobbnatet_graphql_operations_total\{operation="\(invalid\)",type="unknown",code="GRAPHQL_VALIDATION_FAILED",service="gateway"\} 1/,
    );
    expect(text).toMatch(
      /jobbnatet_gateway_subgraph_fetch_duration_seconds_count\{service="gateway",subgraph="participants",outcome="ok"\} 1/,
    );
    // The public port has no metrics.
    expect((await fetch(`${gateway.origin}/metrics`)).status).toBe(404);
  });
});
