import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { loadConfig, subgraphUrlVariable } from '../../src/config';
import { createGatewayServer, type GatewayServer } from '../../src/server';
import { subgraphNamesOf } from '../../src/supergraph';
import type { TestSubgraph } from './test-subgraphs';

/** Composes the test subgraphs' SDL the way the build does, with placeholder URLs. */
export function composeTestSupergraph(subgraphs: readonly TestSubgraph[]): string {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: `http://${subgraph.name}.subgraph.invalid/graphql`,
      typeDefs: parse(subgraph.sdl),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

export interface RunningGateway {
  server: GatewayServer;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  logs: string[];
  /** Where its Prometheus metrics are served. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

/** Starts the real gateway in-process on a free port, configured from an env record like main.ts. */
export async function startGateway(
  subgraphs: readonly TestSubgraph[],
  env: Record<string, string>,
): Promise<RunningGateway> {
  const supergraphSdl = composeTestSupergraph(subgraphs);
  const urls = Object.fromEntries(
    subgraphs.map((subgraph) => [subgraphUrlVariable(subgraph.name), subgraph.url]),
  );
  const config = loadConfig(subgraphNamesOf(supergraphSdl), {
    PORT: '0',
    METRICS_PORT: '0',
    LOG_LEVEL: 'debug',
    ...urls,
    ...env,
  });
  const logs: string[] = [];
  const server = createGatewayServer(config, { supergraphSdl, logSink: (line) => logs.push(line) });
  const { url, port, metricsUrl } = await server.start();
  return {
    server,
    url,
    origin: `http://127.0.0.1:${port}`,
    logs,
    ...(metricsUrl ? { metricsUrl } : {}),
    stop: () => server.stop(),
  };
}
