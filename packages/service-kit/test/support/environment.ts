import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { databaseUrl } from '../../src/database/ensure-database';
import { openDataSource } from '../../src/database/open-data-source';
import { JsonLogger } from '../../src/logging/json-logger';

/** Integration tests run against the real servers that `npm test` started (see infra/local). */
export const serverUrl =
  process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
export const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:19092';
export const quietLogger = new JsonLogger('test', 'error');

/** A fresh database with the kit's migrations (and any test tables), dropped by `drop`. */
export async function freshDatabase(
  setupSql: string[] = [],
): Promise<{ dataSource: DataSource; name: string; drop(): Promise<void> }> {
  const name = `kit_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const dataSource = await openDataSource({
    serverUrl,
    database: name,
    entities: [],
    migrations: [],
    logger: quietLogger,
  });
  for (const sql of setupSql) await dataSource.query(sql);
  return {
    dataSource,
    name,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      const admin = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export function uniqueTopic(purpose: string): string {
  return `test.${purpose}.${randomUUID().slice(0, 8)}`;
}
