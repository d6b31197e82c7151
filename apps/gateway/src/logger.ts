import {
  createLogger as createPinoLogger,
  nonBlockingStdout,
  type Logger as PinoLogger,
} from '@jobbnatet/logging';
import type { LogLevel } from './config';
import { currentCorrelationId } from './request-scope';

/**
 * Structured logs through pino with the platform's shared options (@jobbnatet/logging): one JSON
 * object per line with level, time, service, msg and correlationId, personal fields redacted.
 * Callers pass ids, codes and timings only; never tokens, request bodies or personal data.
 */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** Where lines go instead of stdout (tests collect them). */
export type LogSink = (line: string) => void;

export function createLogger(level: LogLevel, sink?: LogSink): Logger {
  const pino: PinoLogger = createPinoLogger(
    { service: 'gateway', level, correlationId: currentCorrelationId },
    sink ? { write: (line: string) => sink(line.trimEnd()) } : nonBlockingStdout(),
  );
  return {
    debug: (msg, fields = {}) => pino.debug(fields, msg),
    info: (msg, fields = {}) => pino.info(fields, msg),
    warn: (msg, fields = {}) => pino.warn(fields, msg),
    error: (msg, fields = {}) => pino.error(fields, msg),
  };
}

/** Apollo Server and Apollo Gateway log through this shape (`@apollo/utils.logger`). */
export function apolloLogger(logger: Logger): Record<keyof Logger, (message?: unknown) => void> {
  const text = (message: unknown) => (message instanceof Error ? message.message : String(message));
  return {
    debug: (message) => logger.debug(text(message), { source: 'apollo' }),
    info: (message) => logger.info(text(message), { source: 'apollo' }),
    warn: (message) => logger.warn(text(message), { source: 'apollo' }),
    error: (message) => logger.error(text(message), { source: 'apollo' }),
  };
}
