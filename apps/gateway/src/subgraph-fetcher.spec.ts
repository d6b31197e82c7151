import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from './subgraph-fetcher';

/** A subgraph stand-in: echoes what it received, answering with the status the path names. */
let server: Server;
let url: string;
const received: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method, headers: req.headers, body });
      const status = Number(req.url?.slice(1)) || 200;
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.writeHead(status).end(JSON.stringify({ data: { echoed: body.length } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('the fetcher the gateway sends subgraph requests with', () => {
  it('sends the method, headers and body Apollo gives it', async () => {
    const body = JSON.stringify({ query: '{ participants(first: 1) { totalCount } }' });
    await subgraphFetcher(`${url}/200`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'abc' },
      body,
    });

    const last = received.at(-1)!;
    expect(last.method).toBe('POST');
    expect(last.headers['x-correlation-id']).toBe('abc');
    expect(last.body).toBe(body);
  });

  it('answers the status, headers and JSON body as a fetch response would', async () => {
    const response = await subgraphFetcher(`${url}/200`, { method: 'POST', body: '{}' });

    expect(response).toMatchObject({ status: 200, ok: true, statusText: 'OK', url: `${url}/200` });
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    await expect(response.clone().text()).resolves.toBe('{"data":{"echoed":2}}');
    await expect(response.json()).resolves.toEqual({ data: { echoed: 2 } });
    expect(response.bodyUsed).toBe(true);
  });

  it('answers a refusal as not ok with its status text, for Apollo to turn into an error', async () => {
    const response = await subgraphFetcher(`${url}/403`, { method: 'POST', body: '{}' });

    expect(response).toMatchObject({ status: 403, ok: false, statusText: 'Forbidden' });
  });

  it('rejects when the subgraph cannot be reached', async () => {
    await expect(
      subgraphFetcher('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
  });
});
