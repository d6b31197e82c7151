import type { LoggerService } from '@nestjs/common';
import { isDependencyOutage, withoutInputValue } from '@jobbnatet/graphql-hardening';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, graphqlCodeOf } from '../errors/domain-error';
import { correlationId } from '../logging/request-context';

/** Codes a client may see as they are: GraphQL's own request errors. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extensions a bad-input error keeps so a form can point at the field. */
const inputErrorExtensions = ['field', 'reason'] as const;

export const serviceUnavailableCode = 'SERVICE_UNAVAILABLE';

/**
 * The one place where errors become API errors: a DomainError keeps its message, stable reason code
 * and field; request errors pass without quoting input values; a dependency outage (PostgreSQL down)
 * is the stable, retryable SERVICE_UNAVAILABLE; everything else is logged and masked, so no SQL,
 * stack or host leaves the service.
 */
export function formatSubgraphError(logger: LoggerService) {
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
          ...(original.retryable ? { retryable: true } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && requestErrorCodes.has(code)) {
      const extensions: Record<string, unknown> = { code };
      for (const name of inputErrorExtensions) {
        if (formatted.extensions?.[name] !== undefined)
          extensions[name] = formatted.extensions[name];
      }
      return {
        message: withoutInputValue(formatted.message),
        locations: formatted.locations,
        extensions,
      };
    }
    const requestId = correlationId();
    if (isDependencyOutage(original)) {
      logger.warn(
        `dependency unavailable: ${original instanceof Error ? original.message : 'unknown'}`,
        'GraphQL',
      );
      return {
        message: 'Service temporarily unavailable, try again',
        path: formatted.path,
        extensions: { code: serviceUnavailableCode, requestId },
      };
    }
    logger.error(original instanceof Error ? original : String(original), undefined, 'GraphQL');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
