import type { LoggerService } from '@nestjs/common';
import { DataSource, type MigrationInterface } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import './calendar-dates';
import { databaseUrl, ensureDatabase } from './ensure-database';
import { kitEntities } from './kit-entities';
import { kitMigrations } from './kit-migrations';

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
}

/**
 * Opens the service's own database: created on first start, committed migrations run (kit tables
 * first), never `synchronize`. The pool gets an error listener so that a PostgreSQL restart costs
 * failed queries, not the process.
 */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  await ensureDatabase(options.serverUrl, options.database);
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(options.serverUrl, options.database),
    entities: [...kitEntities, ...options.entities],
    migrations: [...kitMigrations, ...options.migrations],
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 },
  });
  await dataSource.initialize();
  (dataSource.driver as PostgresDriver).master.on('error', (error: Error) =>
    options.logger.warn(`database connection lost: ${error.message}`, 'Database'),
  );
  await dataSource.runMigrations();
  return dataSource;
}
