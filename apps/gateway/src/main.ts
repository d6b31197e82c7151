import { startTracing } from '@jobbnatet/telemetry';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { createGatewayServer } from './server';
import { readCommittedSupergraph, subgraphNamesOf } from './supergraph';

async function bootstrap(): Promise<void> {
  startTracing('gateway');
  const supergraphSdl = readCommittedSupergraph();
  const config = loadConfig(subgraphNamesOf(supergraphSdl));
  const server = createGatewayServer(config, { supergraphSdl });
  for (const warning of config.warnings) server.logger.warn(warning);
  await server.start();

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.logger.info('shutting down', { signal });
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.logger.error('shutdown failed', {
          error: error instanceof Error ? error.message : String(error),
        });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

bootstrap().catch((error: unknown) => {
  const msg =
    error instanceof ConfigError ? 'invalid gateway configuration' : 'gateway failed to start';
  const detail =
    error instanceof ConfigError
      ? { problems: error.problems }
      : { error: error instanceof Error ? error.message : String(error) };
  createLogger('error', (line) => process.stderr.write(`${line}\n`)).error(msg, detail);
  process.exit(1);
});
