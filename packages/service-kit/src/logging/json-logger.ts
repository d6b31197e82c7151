import type { LoggerService } from '@nestjs/common';
import { currentRequestContext } from './request-context';

const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof levels;

/**
 * One JSON object per line, with the correlation id of the request in flight. Callers log ids and
 * codes only: personal data never goes into a log message.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly minLevel: LogLevel = 'info',
  ) {}

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
    if (levels[level] < levels[this.minLevel]) return;
    const error = message instanceof Error ? message : undefined;
    const line = {
      level,
      time: new Date().toISOString(),
      service: this.service,
      context,
      msg: error ? error.message : typeof message === 'string' ? message : JSON.stringify(message),
      correlationId: currentRequestContext()?.correlationId,
      stack: error?.stack ?? stack,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
