import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { requestHardeningPlugin } from '@jobbnatet/graphql-hardening';
import { graphqlObservabilityPlugin } from '@jobbnatet/telemetry';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Mode } from '../config/service-config';
import { JsonLogger } from '../logging/json-logger';
import { kitMetrics } from '../observability/kit-metrics';
import { formatSubgraphError } from './format-error';

/**
 * Every answer is `cache-control: no-store`, as Apollo's cache-control plugin made it (no type or
 * field carries a cache hint). That plugin computed a policy for every resolved field to reach
 * this; its per-field hook made Apollo wrap every resolver of the schema, 4-6% of the
 * participants subgraph's CPU on a 20-row list.
 */
const noStorePlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    });
  },
};

/**
 * The Federation 2 subgraph endpoint every service serves at /graphql, behind the identity check.
 * Only what the identity middleware verified can run: no persisted queries (a hash in
 * `extensions` would run another text), no batches, and the middleware refuses GET.
 *
 * `orphanedTypes` are entity types that no field of this subgraph returns, reached only through
 * `_entities` (another subgraph's entity it adds fields to); code-first would leave them out.
 */
export function subgraphGraphqlModule(
  serviceName: string,
  mode: Mode,
  orphanedTypes: Type[] = [],
): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    buildSchemaOptions: { orphanedTypes },
    path: '/graphql',
    playground: false,
    introspection: mode === 'development',
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    context: ({ req }: { req: unknown }) => ({ req }),
    formatError: formatSubgraphError(new JsonLogger(serviceName)),
    // formatError drops stacks; without this Apollo renders one for every error unless NODE_ENV
    // is production, and a refused bad input is an error.
    includeStacktraceInErrorResponses: false,
    // Traces would tell clients (through the gateway) about resolver timings; not needed here.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      requestHardeningPlugin(),
      graphqlObservabilityPlugin(kitMetrics(serviceName).registry),
    ],
  });
}
