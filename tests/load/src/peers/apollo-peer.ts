import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { identityHeader } from '@jobbnatet/contracts';
import { tellParent } from '../support/child-server';
import { peerPort, peerSupergraph, signFor } from './peer-identity';

/**
 * A bare @apollo/gateway on @apollo/server's standalone server: the product gateway's engine
 * without its armor rules, token verification, logging or health checks; it signs the identity
 * per subgraph request like the product gateway.
 */
class SigningDataSource extends RemoteGraphQLDataSource {
  constructor(
    private readonly subgraph: string,
    url: string,
  ) {
    super({ url });
  }

  override async willSendRequest({ request }: GraphQLDataSourceProcessOptions): Promise<void> {
    if (request.query === undefined || !request.http) return;
    const signed = await signFor(this.subgraph, {
      query: request.query,
      operationName: request.operationName,
      variables: request.variables,
    });
    request.http.headers.set(identityHeader, signed);
  }
}

async function main(): Promise<void> {
  // As the product gateway does: no usage telemetry to Apollo (and no cloud metadata probes).
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: peerSupergraph,
    buildService: ({ name, url }) => new SigningDataSource(name, url ?? ''),
  });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, { listen: { port: peerPort, host: '127.0.0.1' } });
  process.once('SIGTERM', () => void server.stop().finally(() => process.exit(0)));
  tellParent({ ready: peerPort });
}

main().catch((error: unknown) => {
  process.stderr.write(`apollo-peer: ${String(error)}\n`);
  process.exit(1);
});
