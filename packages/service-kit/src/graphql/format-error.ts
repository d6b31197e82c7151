import type { GraphQLFormattedError } from 'graphql';
import { DomainError, graphqlCodeOf } from '../errors/domain-error';
import { correlationId } from '../logging/request-context';
import type { JsonLogger } from '../logging/json-logger';

/** Codes a client may see as they are: GraphQL's own request errors. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

/**
 * The one place where errors become API errors: a DomainError keeps its message, stable reason code
 * and field; request errors pass; everything else is logged and masked, so no SQL, stack or host
 * leaves the service.
 */
export function formatSubgraphError(logger: JsonLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: {
          code: graphqlCodeOf[original.kind],
          reason: original.code,
          ...(original.field ? { field: original.field } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && requestErrorCodes.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    const requestId = correlationId();
    logger.error(original instanceof Error ? original : String(original), undefined, 'GraphQL');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
