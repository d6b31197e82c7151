import { createLogger, type DestinationStream, type Logger } from '@jobbnatet/logging';
import type { LoggerService } from '@nestjs/common';
import { currentRequestContext } from './request-context';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Database errors carry the statement's parameters and PostgreSQL's `detail` ("Failing row
 * contains (…)"): both can hold personal data, so they are redacted wherever they appear.
 */
export const kitRedactedKeys = ['parameters', 'detail'] as const;

/**
 * Nest's LoggerService on pino with the shared options of `@jobbnatet/logging`: one JSON object per
 * line, the request's correlation id, personal fields redacted. Writes to `process.stdout` (so a
 * test or a log shipper sees exactly what the service prints) unless given a destination.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(service: string, level: LogLevel = 'info', destination?: DestinationStream) {
    this.pino = createLogger(
      {
        service,
        level,
        correlationId: () => currentRequestContext()?.correlationId,
        redact: kitRedactedKeys,
      },
      destination ?? process.stdout,
    );
  }

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', message, context ?? stackOrContext, context ? stackOrContext : undefined);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }

  private write(level: LogLevel, message: unknown, context?: string, stack?: string): void {
    if (message instanceof Error) {
      this.pino[level]({ context, err: message }, message.message);
    } else if (typeof message === 'string') {
      this.pino[level]({ context, ...(stack ? { stack } : {}) }, message);
    } else {
      this.pino[level]({ context, data: message }, 'structured log entry');
    }
  }
}
