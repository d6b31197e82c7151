import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { databaseUrl } from '../../src/database/ensure-database';
import { openDataSource, type MigrationClass } from '../../src/database/open-data-source';
import { runtimeRoleName, runtimeUrl } from '../../src/database/runtime-role';
import { JsonLogger } from '../../src/logging/json-logger';

/** Integration tests run against the real servers that `npm test` started (see infra/local). */
export const serverUrl =
  process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
export const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:19092';
export const quietLogger = new JsonLogger('test', 'error');

/** A test migration that runs `statements`, as an app's own migration would. */
export function testMigration(statements: string[]): MigrationClass {
  return class TestTables1900000000000 implements MigrationInterface {
    name = 'TestTables1900000000000';

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const statement of statements) await queryRunner.query(statement);
    }

    async down(): Promise<void> {}
  };
}

/** SQL as the server's owner user, as an operator would run it. */
export async function sqlAsOwner(
  database: string,
  statement: string,
  params: unknown[] = [],
): Promise<unknown[]> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    return (await client.query(statement, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A fresh database with the kit's migrations (and any test tables, created by a test migration),
 * opened as the service would open it; `sessionUrl` connects as its runtime role; `drop` removes
 * the database and the role.
 */
export async function freshDatabase(
  setupSql: string[] = [],
): Promise<{ dataSource: DataSource; name: string; sessionUrl: string; drop(): Promise<void> }> {
  const name = testDatabaseName();
  const dataSource = await openDataSource({
    serverUrl,
    database: name,
    entities: [],
    migrations: setupSql.length > 0 ? [testMigration(setupSql)] : [],
    logger: quietLogger,
  });
  return {
    dataSource,
    name,
    sessionUrl: runtimeUrl(serverUrl, name),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(name);
    },
  };
}

export function testDatabaseName(): string {
  return `kit_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** Drops a test database and its runtime role (roles outlive databases). */
export async function dropDatabase(name: string): Promise<void> {
  await sqlAsOwner('postgres', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await sqlAsOwner('postgres', `DROP ROLE IF EXISTS ${runtimeRoleName(name)}`);
}

export function uniqueTopic(purpose: string): string {
  return `test.${purpose}.${randomUUID().slice(0, 8)}`;
}
