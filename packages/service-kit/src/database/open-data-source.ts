import type { LoggerService } from '@nestjs/common';
import { DataSource, type MigrationInterface } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import './calendar-dates';
import { databaseUrl, ensureDatabase } from './ensure-database';
import { kitEntities } from './kit-entities';
import { kitMigrations } from './kit-migrations';
import { ensureRuntimeRole, runAs } from './runtime-role';

/** A TypeORM entity class, and a migration class: what services hand to the kit. */
export type EntityClass = abstract new (...args: never[]) => object;
export type MigrationClass = new () => MigrationInterface;

export interface DataSourceOptions {
  serverUrl: string;
  database: string;
  entities: EntityClass[];
  migrations: MigrationClass[];
  logger: LoggerService;
  poolSize?: number;
  /** Tables the service may only add to and read: its sessions cannot UPDATE, DELETE or TRUNCATE them. */
  appendOnly?: string[];
}

/**
 * Opens the service's own database: created on first start, committed migrations run (kit tables
 * first) as the user in the URL, never `synchronize`. The returned DataSource then runs every
 * session as the database's runtime role (see ensureRuntimeRole), which may read and write rows
 * but not change the schema. The pool gets an error listener so that a PostgreSQL restart costs
 * failed queries, not the process.
 */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  await ensureDatabase(options.serverUrl, options.database);
  const owner = await connect(options, {
    migrations: [...kitMigrations, ...options.migrations],
    migrationsTransactionMode: 'each',
    extra: { max: 2, connectionTimeoutMillis: 5_000 },
  });
  const role = await migrate(owner)
    .then(() => ensureRuntimeRole(owner, options.database, options.appendOnly ?? []))
    .finally(() => owner.destroy());
  const dataSource = await connect(options, {
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000, options: runAs(role) },
  });
  // A connection pooler that drops the startup option would silently leave sessions as the owner.
  const [{ name }] = (await dataSource.query('SELECT current_user AS name')) as [{ name: string }];
  if (name !== role) {
    await dataSource.destroy();
    throw new Error(
      `sessions run as ${name}, not ${role}: the "options" startup parameter was lost`,
    );
  }
  return dataSource;
}

const migrationLockKey = "hashtext('jobbnatet.migrations')";

/**
 * TypeORM takes no lock of its own: instances starting together on a fresh database would each
 * create its tables. One session holds the lock while the pool's other connection migrates.
 */
async function migrate(owner: DataSource): Promise<void> {
  const session = owner.createQueryRunner();
  await session.query(`SELECT pg_advisory_lock(${migrationLockKey})`);
  try {
    await owner.runMigrations();
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${migrationLockKey})`);
    await session.release();
  }
}

async function connect(
  options: DataSourceOptions,
  settings: Pick<PostgresConnectionOptions, 'migrations' | 'migrationsTransactionMode' | 'extra'>,
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(options.serverUrl, options.database),
    entities: [...kitEntities, ...options.entities],
    synchronize: false,
    logging: false,
    ...settings,
  });
  await dataSource.initialize();
  (dataSource.driver as PostgresDriver).master.on('error', (error: Error) =>
    options.logger.warn(`database connection lost: ${error.message}`, 'Database'),
  );
  return dataSource;
}
