import { Client } from 'pg';

/** Where globalSetup started the platform. */
export const gatewayUrl = process.env.E2E_GATEWAY_URL!;
export const subgraphUrls = JSON.parse(process.env.E2E_SUBGRAPH_URLS ?? '{}') as Record<
  string,
  string
>;
export const brokers = process.env.KAFKA_BROKERS!;

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Logs a seeded user in through the gateway's development issuer. */
export async function login(username: string): Promise<string> {
  const response = await fetch(new URL('/auth/dev/token', gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function graphql<T>(
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
  url = gatewayUrl,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>),
  };
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
