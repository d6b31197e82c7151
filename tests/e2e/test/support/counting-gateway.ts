import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  devSecrets,
  platformEnvironments,
  repoRoot,
  subgraphNames,
  type SubgraphName,
} from '@jobbnatet/infra-local';
import { subgraphUrls } from './platform';

/** One `_entities` fetch a subgraph received: which types, how many representations. */
export interface EntitiesCall {
  typenames: string[];
  representations: number;
}

export interface CountingGateway {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** The `_entities` fetches each subgraph received since the last `reset()`. */
  entitiesCalls(): Record<SubgraphName, EntitiesCall[]>;
  reset(): void;
  stop(): Promise<void>;
}

interface SubgraphRequest {
  query?: string;
  variables?: { representations?: { __typename?: string }[] };
}

/** Hop-by-hop headers and those fetch sets itself. */
const notForwarded = ['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding'];

/**
 * A proxy in front of one subgraph that forwards every request unchanged (the gateway's signed
 * identity is bound to the exact operation, so nothing may be rewritten) and notes each `_entities`
 * fetch: what the subgraph itself receives, whatever the gateway believes it sent.
 */
async function countingProxy(target: string, calls: EntitiesCall[]): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.method === 'POST') {
        const request = JSON.parse(body.toString('utf8')) as SubgraphRequest;
        if (request.query && /\b_entities\s*\(/.test(request.query)) {
          const representations = request.variables?.representations ?? [];
          calls.push({
            typenames: [...new Set(representations.map((r) => String(r.__typename)))].sort(),
            representations: representations.length,
          });
        }
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && !notForwarded.includes(name)) {
          headers.set(name, value);
        }
      }
      fetch(target, { method: req.method, headers, body: req.method === 'POST' ? body : undefined })
        .then(async (answer) => {
          res.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? '',
          });
          res.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => {
          res.writeHead(502).end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Starts the built gateway (`apps/gateway/dist/main.js`) and resolves with its port once it listens. */
function startGatewayProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, [join(repoRoot, 'apps/gateway/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the counting gateway exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === 'gateway listening' && entry.port) resolve(entry.port);
    });
  });
  child.stderr.resume();
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A second real gateway, configured as the platform's (same supergraph, keys and dev issuer, so
 * the platform's logins work), whose subgraph URLs point at counting proxies in front of the
 * platform's running subgraphs.
 */
export async function startCountingGateway(): Promise<CountingGateway> {
  const calls = Object.fromEntries(subgraphNames.map((name) => [name, []])) as unknown as Record<
    SubgraphName,
    EntitiesCall[]
  >;
  const proxies = new Map<SubgraphName, Server>();
  for (const name of subgraphNames) {
    proxies.set(name, await countingProxy(subgraphUrls[name]!, calls[name]));
  }
  const { gateway } = platformEnvironments(
    process.env,
    subgraphNames,
    devSecrets(subgraphNames),
    { databaseUrl: process.env.E2E_DATABASE_URL!, kafkaBrokers: process.env.KAFKA_BROKERS! },
    { basePort: 0, databaseSuffix: '_e2e' },
  );
  for (const [name, proxy] of proxies) {
    const { port } = proxy.address() as AddressInfo;
    gateway[`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`] =
      `http://127.0.0.1:${port}/graphql`;
  }
  const process_ = startGatewayProcess({
    ...gateway,
    PORT: '0',
    METRICS_PORT: '0',
    LOG_LEVEL: 'info',
  });
  const stopProxies = () =>
    Promise.all(
      [...proxies.values()].map((proxy) => new Promise((resolve) => proxy.close(resolve))),
    );
  let port: number;
  try {
    port = await process_.port;
  } catch (error) {
    await stopProxies();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    entitiesCalls: () => structuredClone(calls),
    reset: () => {
      for (const list of Object.values(calls)) list.length = 0;
    },
    stop: async () => {
      await process_.stop();
      await stopProxies();
    },
  };
}
