/**
 * Whether an error means a dependency (a subgraph's PostgreSQL, the gateway's subgraph) cannot be
 * reached right now, rather than a bug: such errors answer the stable, retryable SERVICE_UNAVAILABLE
 * instead of INTERNAL_SERVER_ERROR.
 */
const postgresUnavailableCodes = new Set([
  '57P01', // admin_shutdown: the server or an operator ended the connection
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
]);
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);
const unavailableMessages = [
  /^Connection terminated/, // node-postgres: unexpectedly / due to connection timeout
  /^timeout exceeded when trying to connect/, // node-postgres pool
  /is not currently accepting connections/, // 55000 after ALTER DATABASE … ALLOW_CONNECTIONS false
  /^Client has encountered a connection error/,
];

function isUnavailable(error: object): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (postgresUnavailableCodes.has(code) || code.startsWith('08') || networkCodes.has(code))
      return true;
  }
  return (
    typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message))
  );
}

/**
 * Follows TypeORM's `driverError`, `cause`, a GraphQLError's `originalError` and an AggregateError's
 * `errors` a few levels deep.
 */
export function isDependencyOutage(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  if (isUnavailable(error)) return true;
  const { driverError, cause, originalError, errors } = error as {
    driverError?: unknown;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown;
  };
  const nested = [driverError, cause, originalError, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => isDependencyOutage(inner, depth + 1));
}
