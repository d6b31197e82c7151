export {
  createLogger,
  nonBlockingStdout,
  loggerOptions,
  redactedKeys,
  redactionCensor,
  redactionPaths,
  type AppLoggerOptions,
  type LogLevel,
} from './logger-options';
export type { Logger, DestinationStream } from 'pino';
