import { isDependencyOutage, withoutInputValue } from '@jobbnatet/graphql-hardening';
import type { GraphQLFormattedError } from 'graphql';
import type { Mode } from './config';
import type { Logger } from './logger';
import { currentCorrelationId } from './request-scope';

/**
 * The one place where errors become what clients see. Codes a client can act on pass through;
 * everything else is an internal error, masked in production so no SQL, host, path or stack leaves.
 */
export const clientErrorCodes = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
] as const;
export type ClientErrorCode = (typeof clientErrorCodes)[number];

/**
 * A subgraph's dependency (its database) is down: passed on as it is, so clients can retry, and never
 * masked as internal. Only as a GraphQL error a subgraph answered, not an HTTP refusal of the gateway.
 * A subgraph the gateway cannot reach at all is answered the same way.
 */
export const retryableErrorCodes = ['SERVICE_UNAVAILABLE'] as const;

export const internalErrorMessage = 'Internal server error';

/** Extensions that only help debugging; never sent, not even in development. */
const debugOnlyExtensions = ['stacktrace', 'exception'];

/** Extensions a subgraph may send with BAD_USER_INPUT so a form can point at the field. */
const inputErrorExtensions = ['field', 'reason'];

type Extensions = Record<string, unknown>;

function isClientErrorCode(code: unknown): code is ClientErrorCode {
  return typeof code === 'string' && (clientErrorCodes as readonly string[]).includes(code);
}

/**
 * A client error code on an error the gateway made from a failed subgraph HTTP response (it carries
 * `response`) means the subgraph refused the gateway, not the caller: that is internal.
 */
function isClientError(extensions: Extensions): boolean {
  return isClientErrorCode(extensions.code) && extensions.response === undefined;
}

function isRetryable(extensions: Extensions): boolean {
  return (
    (retryableErrorCodes as readonly unknown[]).includes(extensions.code) &&
    extensions.response === undefined
  );
}

function productionClientExtensions(
  extensions: Extensions,
  requestId: string | undefined,
): Extensions {
  const kept: Extensions = { code: extensions.code, requestId };
  // A refusal that may turn into success shortly (a replica catching up) says so, or no client retries.
  if (extensions.retryable === true) kept.retryable = true;
  if (extensions.code === 'BAD_USER_INPUT') {
    for (const name of inputErrorExtensions) {
      if (extensions[name] !== undefined) kept[name] = extensions[name];
    }
  }
  return kept;
}

function developmentExtensions(extensions: Extensions, requestId: string | undefined): Extensions {
  const kept = Object.fromEntries(
    Object.entries(extensions).filter(([name]) => !debugOnlyExtensions.includes(name)),
  );
  return { ...kept, requestId };
}

export function internalError(requestId: string | undefined): GraphQLFormattedError {
  return {
    message: internalErrorMessage,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/** Apollo Server's `formatError`. */
export function createErrorFormatter(
  mode: Mode,
  logger: Logger,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const requestId = currentCorrelationId();
    const extensions: Extensions = formatted.extensions ?? {};
    const unreachable = !isClientError(extensions) && isDependencyOutage(error);
    if (unreachable)
      logger.warn('subgraph unreachable', {
        error: error instanceof Error ? error.message : formatted.message,
      });
    if (unreachable || isRetryable(extensions)) {
      return {
        message: 'Service temporarily unavailable, try again',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
      };
    }
    if (!isClientError(extensions)) {
      const serviceName =
        typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
      // A subgraph's message may quote its data (SQL parameters); the subgraph logs it, we do not.
      logger.error('internal error', {
        code: extensions.code,
        serviceName,
        path: formatted.path,
        ...(serviceName
          ? {}
          : { error: error instanceof Error ? error.message : formatted.message }),
      });
      if (mode === 'production') return internalError(requestId);
      return { ...formatted, extensions: developmentExtensions(extensions, requestId) };
    }
    const kept =
      mode === 'production'
        ? productionClientExtensions(extensions, requestId)
        : developmentExtensions(extensions, requestId);
    return { ...formatted, message: withoutInputValue(formatted.message), extensions: kept };
  };
}

/** The body of a response refused before GraphQL runs (401, malformed JSON, …). */
export function errorBody(
  message: string,
  code: ClientErrorCode | 'INTERNAL_SERVER_ERROR',
  requestId: string,
): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code, requestId } }] };
}
