import { startGateway, type RunningGateway } from './support/gateway-harness';
import { postGraphQL } from './support/http';
import { startOidcSetup, type OidcSetup } from './support/oidc-setup';

describe('gateway observability', () => {
  let setup: OidcSetup;
  let gateway: RunningGateway;
  let token: string;

  beforeAll(async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    setup = await startOidcSetup();
    gateway = await startGateway([setup.participants], setup.env);
    token = setup.officerToken;
  });

  afterAll(async () => {
    await gateway?.stop();
    await setup?.stop();
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
