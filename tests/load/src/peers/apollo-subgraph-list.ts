import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { tellParent } from '../support/child-server';
import { listPage, listTypeDefs, referencePool } from './list-reference';

/**
 * The decided stack's floor for a subgraph list: `@apollo/subgraph` on `@apollo/server`'s
 * standalone server answering from the same statements as the bare reference, with none of the
 * product's parts (Nest, TypeORM, identity, scope, access log, logging, metrics).
 */
async function main(): Promise<void> {
  const port = Number(process.env.PORT);
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(listTypeDefs),
      resolvers: {
        Query: { participants: (_: unknown, { first }: { first: number }) => listPage(first) },
      },
    }),
  });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  process.once(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => referencePool.end())
        .finally(() => process.exit(0)),
  );
  tellParent({ ready: port });
}

main().catch((error: unknown) => {
  process.stderr.write(`apollo-subgraph-list: ${String(error)}\n`);
  process.exit(1);
});
