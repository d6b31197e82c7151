import type { IncomingMessage, ServerResponse } from 'node:http';
import { loggerOptions } from '@jobbnatet/logging';
import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { kitRedactedKeys, type LogLevel } from './json-logger';
import { currentRequestContext } from './request-context';

/**
 * The service's logger inside Nest: nestjs-pino with the options every app shares (one JSON line,
 * correlation id, personal fields redacted). One access line per request names method, path,
 * status and time only: never the query string, headers or body. Health probes are not logged.
 */
export function kitLoggerModule(service: string, level: LogLevel): DynamicModule {
  const options = loggerOptions({
    service,
    level,
    correlationId: () => currentRequestContext()?.correlationId,
    redact: kitRedactedKeys,
  });
  return LoggerModule.forRoot({
    pinoHttp: [
      {
        ...options,
        serializers: {
          req: (req: IncomingMessage) => ({
            method: req.method,
            path: (req.url ?? '').split('?')[0],
          }),
          res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        },
        autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
      },
      // Through the stream object, not fd 1, so what a test captures is what the service prints.
      process.stdout,
    ],
  });
}
