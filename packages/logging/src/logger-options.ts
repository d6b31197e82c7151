import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/**
 * Keys whose values are personal data or secrets, wherever they sit in a log line (up to four
 * levels deep): never written, whatever a caller passes. Callers should log ids and codes only;
 * this is the net under that rule.
 */
export const redactedKeys = [
  // personal data
  'identityNumber',
  'personnummer',
  'samordningsnummer',
  'givenName',
  'familyName',
  'names',
  'fullName',
  'email',
  'phone',
  'phoneNumber',
  'address',
  'notes',
  // secrets and credentials
  'authorization',
  'cookie',
  'token',
  'tokens',
  'accessToken',
  'idToken',
  'refreshToken',
  'password',
  'x-jobbnatet-identity',
  // request bodies that may hold any of the above
  'variables',
  'input',
  'body',
] as const;

export const redactionCensor = '[redacted]';

/** pino redaction paths for `keys` at the top level and under up to `depth` levels of objects. */
export function redactionPaths(keys: readonly string[] = redactedKeys, depth = 4): string[] {
  const paths: string[] = [];
  for (let level = 0; level <= depth; level++) {
    const prefix = '*.'.repeat(level);
    for (const key of keys)
      paths.push(`${prefix}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`}`);
  }
  return paths;
}

export interface AppLoggerOptions {
  /** Written as `service` on every line. */
  service: string;
  level: LogLevel;
  /** The current request's correlation id (e.g. from AsyncLocalStorage), added to every line. */
  correlationId?: () => string | undefined;
  /** More keys to redact, for an app's own personal fields. */
  redact?: readonly string[];
}

/**
 * The pino options every app uses: one JSON object per line with `level` as a word, an ISO `time`,
 * `service`, `msg`, the correlation id, trace and span ids, and personal fields redacted. Pass them to `pino()` (see
 * `createLogger`) or to nestjs-pino as `pinoHttp`.
 */
export function loggerOptions(options: AppLoggerOptions): LoggerOptions {
  const correlationId = options.correlationId;
  return {
    level: options.level,
    base: { service: options.service },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: redactionPaths([...redactedKeys, ...(options.redact ?? [])]),
      censor: redactionCensor,
    },
    // Every line names its request (correlation id) and, when tracing is on, its trace and span.
    mixin: () => {
      const fields: Record<string, string> = {};
      const id = correlationId?.();
      if (id !== undefined) fields.correlationId = id;
      const span = trace.getSpanContext(context.active());
      if (span && isSpanContextValid(span)) {
        fields.traceId = span.traceId;
        fields.spanId = span.spanId;
      }
      return fields;
    },
  };
}

/**
 * Standard output written without blocking: a line goes out with the next write, and lines logged
 * while one is in flight go together, so a busy server makes one write for many lines. Whatever
 * is pending is flushed when the process exits.
 */
export function nonBlockingStdout(): DestinationStream {
  return pino.destination({ dest: 1, sync: false });
}

/** A pino logger with `loggerOptions`, writing to stdout unless given a destination. */
export function createLogger(options: AppLoggerOptions, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(options), destination) : pino(loggerOptions(options));
}
