import { devLogin, postGraphql, type GraphqlResponse } from '@jobbnatet/testing';
import { Client } from 'pg';

/** Where globalSetup started the platform. */
export const gatewayUrl = process.env.E2E_GATEWAY_URL!;
export const subgraphUrls = JSON.parse(process.env.E2E_SUBGRAPH_URLS ?? '{}') as Record<
  string,
  string
>;
export const brokers = process.env.KAFKA_BROKERS!;
/** Each app's Prometheus endpoint, the gateway's included. */
export const metricsUrls = JSON.parse(process.env.E2E_METRICS_URLS ?? '{}') as Record<
  string,
  string
>;
/** The OTLP receiver every app exports its spans to. */
export const otlpEndpoint = process.env.E2E_OTLP_ENDPOINT!;

/** Logs a seeded user in through the gateway's development issuer. */
export const login = (username: string): Promise<string> => devLogin(gatewayUrl, username);

/** One operation as `token`'s user (none: anonymous), through the gateway unless `url` says otherwise. */
export function graphql<T>(
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
  url = gatewayUrl,
): Promise<GraphqlResponse<T>> {
  return postGraphql<T>(url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
}

/** Runs one query against a service's own e2e database, to check what was (not) written. */
export async function queryServiceDatabase<T>(
  service: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const url = new URL(process.env.E2E_DATABASE_URL!);
  url.pathname = `/${service}_e2e`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
