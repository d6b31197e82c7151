import 'reflect-metadata';
import { databaseUrl } from '@jobbnatet/service-kit';
import { DataSource } from 'typeorm';
import { readModelCommandConfig } from '../config';
import { readModelChecksum } from './checksum';
import { selectReadModels } from './read-model-command';

/**
 * `pnpm --filter @jobbnatet/reporting checksum [readModel…]`: prints each read model's checksum
 * and its tables' row counts and digests, one JSON object per line.
 */
async function main(): Promise<void> {
  const config = readModelCommandConfig();
  const models = selectReadModels(process.argv.slice(2));
  const dataSource = await new DataSource({
    type: 'postgres',
    url: databaseUrl(config.DATABASE_URL, config.DATABASE_NAME),
    extra: { max: 1 },
  }).initialize();
  try {
    for (const model of models)
      process.stdout.write(`${JSON.stringify(await readModelChecksum(dataSource, model))}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `checksum failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
