import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: {
      message: string;
      path?: unknown;
      locations?: unknown;
      extensions?: Record<string, unknown>;
    }[];
  };
}

export async function postGraphQL(
  url: string,
  payload: unknown,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(payload),
  });
  return parsed(response);
}

export async function parsed(response: Response): Promise<GraphQLResponse> {
  const text = await response.text();
  let body: GraphQLResponse['body'] = {};
  try {
    body = JSON.parse(text) as GraphQLResponse['body'];
  } catch {
    // not JSON (e.g. a plain-text refusal); tests look at `text` then
  }
  return { status: response.status, headers: response.headers, text, body };
}

export async function listenOnFreePort(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

export async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
}
