import 'reflect-metadata';
import { JsonLogger, openDataSource, rekeyPii } from '@jobbnatet/service-kit';
import { rekeyConfig } from './config';
import { migrations } from './migrations';
import { participantPii } from './participants/participant-pii';
import { ParticipantEntity } from './participants/participant.entity';
import { participantsCipher } from './participants/participants.module';

/**
 * `pnpm pii:rekey`: after putting a new key first in PII_ENCRYPTION_KEYS or PII_BLIND_INDEX_KEYS,
 * rewrites every participant row made under an older key; then the old key can be removed.
 */
async function main(): Promise<void> {
  const config = rekeyConfig();
  const logger = new JsonLogger('participants', config.LOG_LEVEL);
  const dataSource = await openDataSource({
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [ParticipantEntity],
    migrations,
    logger,
  });
  try {
    const rewritten = await rekeyPii(dataSource, participantsCipher(config), participantPii);
    logger.log(`re-keyed ${rewritten} participant rows`, 'PiiRekey');
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
