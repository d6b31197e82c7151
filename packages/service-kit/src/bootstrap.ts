import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { listenHost, type ServiceConfig } from './config/service-config';
import { JsonLogger } from './logging/json-logger';

/**
 * Starts a service: JSON logs from the first line, graceful shutdown on SIGTERM/SIGINT, bound to
 * 127.0.0.1 in development and every interface in production unless HOST says otherwise.
 */
export async function bootstrapService(
  appModule: Type | DynamicModule,
  serviceName: string,
  config: Pick<ServiceConfig, 'PORT' | 'HOST' | 'LOG_LEVEL' | 'JOBBNATET_MODE'>,
): Promise<INestApplication> {
  const logger = new JsonLogger(serviceName, config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) =>
    logger.error(reason instanceof Error ? reason : String(reason), undefined, 'Process'),
  );
  const app = await NestFactory.create(appModule, { logger });
  app.enableShutdownHooks();
  await app.listen(config.PORT, listenHost(config));
  logger.log(`${serviceName} listening on ${await app.getUrl()}`, 'Bootstrap');
  return app;
}
