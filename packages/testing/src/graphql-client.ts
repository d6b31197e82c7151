export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Logs a seeded user in through the gateway's development issuer; returns the access token. */
export async function devLogin(gatewayUrl: string, username: string): Promise<string> {
  const response = await fetch(new URL('/auth/dev/token', gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** POSTs one GraphQL operation and returns the HTTP status with the parsed body. */
export async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>),
  };
}
