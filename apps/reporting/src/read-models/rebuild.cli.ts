import 'reflect-metadata';
import { readModelCommandConfig } from '../config';
import { handlersOf, selectReadModels, serviceGroup, stderrLogger } from './read-model-command';
import { rebuildReadModel } from './rebuild';

/**
 * `pnpm --filter @jobbnatet/reporting rebuild [readModel…]` (all without names): rebuilds each
 * read model from the beginning of its topics and switches over (see rebuildReadModel). Needs
 * `DATABASE_URL` (as the database's owner), `KAFKA_BROKERS`, and `CONSUMER_GROUP` if the service
 * runs with one. Prints per model the events read, events/s and both checksums.
 */
async function main(): Promise<void> {
  const config = readModelCommandConfig();
  const models = selectReadModels(process.argv.slice(2));
  const { handlers, close } = await handlersOf(models);
  try {
    for (const model of models) {
      const result = await rebuildReadModel(
        {
          databaseUrl: config.DATABASE_URL,
          databaseName: config.DATABASE_NAME,
          kafkaBrokers: config.KAFKA_BROKERS,
          serviceGroup: serviceGroup(config),
          logger: stderrLogger,
        },
        model,
        handlers.get(model.name)!,
      );
      const same = result.live.checksum === result.rebuilt.checksum;
      process.stdout.write(
        `${model.name}: rebuilt from ${result.events} events in ${result.seconds.toFixed(1)} s ` +
          `(${result.eventsPerSecond} events/s); checksum live ${result.live.checksum}, ` +
          `rebuilt ${result.rebuilt.checksum} (${same ? 'equal' : 'different: the rebuilt one now serves'})\n`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
