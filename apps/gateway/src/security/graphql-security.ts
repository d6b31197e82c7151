import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Mode, QueryLimits } from '../config';
import type { GatewayContext } from '../gateway-context';

type SecurityOptions = Pick<
  ApolloServerOptions<GatewayContext>,
  | 'validationRules'
  | 'introspection'
  | 'hideSchemaDetailsFromClientErrors'
  | 'csrfPrevention'
  | 'allowBatchedHttpRequests'
  | 'includeStacktraceInErrorResponses'
  | 'nodeEnv'
  | 'parseOptions'
> & { plugins: ApolloServerPlugin<GatewayContext>[] };

/**
 * Apollo Server's security settings for a mode. Armor's limits are validation rules, so an operation
 * over a limit is refused before the gateway plans or fetches anything. The token limit is graphql-js's
 * own parser option instead of armor's: armor's throws from a parsing hook, which Apollo Server 5
 * answers with a 500, while the parser's limit is an ordinary GRAPHQL_PARSE_FAILED (400).
 * The mode is our own JOBBNATET_MODE; NODE_ENV decides nothing here.
 */
export function graphqlSecurity(mode: Mode, limits: QueryLimits): SecurityOptions {
  const production = mode === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    nodeEnv: mode,
  };
}
