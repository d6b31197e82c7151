import type { LogLevel } from './config';
import { currentCorrelationId } from './request-scope';

/**
 * Structured logs: one JSON object per line with level, time, msg and correlationId. Callers pass
 * ids, codes and timings only; never tokens, request bodies or personal data.
 */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export type LogSink = (line: string) => void;

const severity: Record<LogLevel, number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

export function createLogger(
  level: LogLevel,
  sink: LogSink = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const write = (lineLevel: Exclude<LogLevel, 'silent'>, msg: string, fields: LogFields = {}) => {
    if (severity[lineLevel] < severity[level]) return;
    const correlationId = fields.correlationId ?? currentCorrelationId();
    sink(
      JSON.stringify({
        level: lineLevel,
        time: new Date().toISOString(),
        msg,
        ...fields,
        correlationId,
      }),
    );
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
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
