import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { JsonLogger } from '../logging/json-logger';
import { formatSubgraphError } from './format-error';

/** The Federation 2 subgraph endpoint every service serves at /graphql, behind the identity check. */
export function subgraphGraphqlModule(
  serviceName: string,
  mode: 'development' | 'production' = 'development',
): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    path: '/graphql',
    playground: false,
    introspection: mode === 'development',
    context: ({ req }: { req: unknown }) => ({ req }),
    formatError: formatSubgraphError(new JsonLogger(serviceName)),
    // Traces would tell clients (through the gateway) about resolver timings; not needed here.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}
