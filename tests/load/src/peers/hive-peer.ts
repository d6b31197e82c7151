import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import http from '@graphql-mesh/transport-http';
import { identityHeader } from '@jobbnatet/contracts';
import { tellParent } from '../support/child-server';
import { peerPort, peerSupergraph, signFor } from './peer-identity';

/**
 * Hive Gateway with the Rust query planner (router-runtime's unifiedGraphHandler) on node:http,
 * logging errors only. It signs the identity per subgraph request from the body it is about to
 * send, so the signature covers exactly what the subgraph receives.
 */
const subgraphByUrl = new Map(
  JSON.parse(process.env.PEER_SUBGRAPH_URLS ?? '[]') as [url: string, name: string][],
);

const gateway = createGatewayRuntime({
  supergraph: peerSupergraph,
  unifiedGraphHandler,
  transports: { http },
  // On by default: identical concurrent subgraph fetches would be sent once and shared, which this
  // benchmark's identical requests would turn into a cache. The product gateway does not do it.
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  logging: 'error',
  plugins: () => [
    {
      onFetch: async ({ url, options, setOptions }) => {
        const subgraph = subgraphByUrl.get(url);
        if (!subgraph || typeof options.body !== 'string') return;
        const { query, operationName, variables } = JSON.parse(options.body) as {
          query: string;
          operationName?: string;
          variables?: Record<string, unknown>;
        };
        const signed = await signFor(subgraph, { query, operationName, variables });
        const headers = new Headers(options.headers as HeadersInit);
        headers.set(identityHeader, signed);
        setOptions({ ...options, headers: Object.fromEntries(headers) });
      },
    },
  ],
});

const server = createServer(gateway);
server.keepAliveTimeout = 65_000;
server.listen(peerPort, '127.0.0.1', () => tellParent({ ready: peerPort }));
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void Promise.resolve(gateway.dispose()).finally(() => process.exit(0)));
});
