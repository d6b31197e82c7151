import 'reflect-metadata';
import { JsonLogger, openDataSource, rekeyPii } from '@jobbnatet/service-kit';
import { rekeyConfig } from './config';
import { migrations } from './migrations';
import { participantsPii } from './participants/participant-pii';
import { participantsEntities } from './participants/participants.module';
import { participantsCipher } from './participants/participant-core.module';

/**
 * `pnpm pii:rekey`: after putting a new key first in PII_ENCRYPTION_KEYS or PII_BLIND_INDEX_KEYS,
 * rewrites every row of every personal-data table made under an older key; then the old key can be removed.
 */
async function main(): Promise<void> {
  const config = rekeyConfig();
  const logger = new JsonLogger('participants', config.LOG_LEVEL);
  const dataSource = await openDataSource({
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: participantsEntities,
    migrations,
    logger,
  });
  try {
    const cipher = participantsCipher(config);
    for (const table of participantsPii) {
      const rewritten = await rekeyPii(dataSource, cipher, table);
      logger.log(`re-keyed ${rewritten} ${table.table} rows`, 'PiiRekey');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `pii:rekey failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
