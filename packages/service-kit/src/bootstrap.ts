import type { Server } from 'node:http';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serveMetrics, startTracing } from '@jobbnatet/telemetry';
import { Logger } from 'nestjs-pino';
import { listenHost, type ServiceConfig } from './config/service-config';
import { JsonLogger } from './logging/json-logger';
import { KitMetrics } from './observability/kit-metrics';

/**
 * Starts a service: JSON logs from the first line, traces when an OTLP endpoint is configured,
 * metrics on `METRICS_PORT`, graceful shutdown on SIGTERM/SIGINT, bound to 127.0.0.1 in development
 * and every interface in production unless HOST says otherwise.
 */
export async function bootstrapService(
  appModule: Type | DynamicModule,
  serviceName: string,
  config: Pick<ServiceConfig, 'PORT' | 'HOST' | 'LOG_LEVEL' | 'JOBBNATET_MODE' | 'METRICS_PORT'>,
): Promise<INestApplication> {
  startTracing(serviceName);
  // Until the app's own logger (nestjs-pino, see ServiceKitModule) exists: start-up failures.
  const earlyLogger = new JsonLogger(serviceName, config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(appModule, {
    bufferLogs: true,
  }).catch((error: unknown) => {
    earlyLogger.error(error instanceof Error ? error : String(error), undefined, 'Bootstrap');
    throw error;
  });
  // Every answer is a POST's, never cached: hashing each body for an ETag is work for nothing.
  app.set('etag', false);
  const logger = app.get(Logger);
  app.useLogger(logger);
  process.on('unhandledRejection', (reason) =>
    logger.error(reason instanceof Error ? reason : String(reason), undefined, 'Process'),
  );
  app.enableShutdownHooks();
  // The gateway keeps idle connections to a subgraph open; Node closes them after 5 s, and one
  // closed as the gateway reused it failed that request ("socket hang up"). Idle ones now last
  // longer than any client here keeps them.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(config.PORT, listenHost(config));
  logger.log(`${serviceName} listening on ${await app.getUrl()}`, 'Bootstrap');
  // Metrics are an operator's aid: a port taken is logged, and the service serves on without them.
  await serveMetrics(app.get(KitMetrics).registry, config.METRICS_PORT, listenHost(config)).then(
    (metrics) => {
      server.once('close', () => void metrics.close());
      logger.log(`metrics on ${metrics.url}`, 'Bootstrap');
    },
    (error: Error) => logger.error(`metrics not served: ${error.message}`, undefined, 'Bootstrap'),
  );
  return app;
}
