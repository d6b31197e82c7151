import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '@jobbnatet/domain-core';
import { JsonLogger, openDataSource, Outbox, type Access } from '@jobbnatet/service-kit';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { serviceName } from '../app.module';
import { publishCommandConfig } from '../config';
import { migrations } from '../migrations';
import { ReportSnapshotEntity, reportSnapshotTable } from './report-snapshot.entity';
import { ReportScopeKind } from './snapshots.model';
import { SnapshotsModule } from './snapshots.module';
import { SnapshotsService } from './snapshots.service';

const usage = `usage: pnpm --filter @jobbnatet/reporting report:publish -- --scope region|office|municipality
  [--office <id>] [--municipality <code>] --from YYYY-MM-DD --to YYYY-MM-DD --out <dir> [--by <user uuid>]
Publishes a frozen report snapshot (DATABASE_URL, DATABASE_NAME=reporting) and writes <name>.csv and
<name>.json into <dir>. The running reporting service's outbox relay sends its report.published event.`;

/** Who published, when the command does not say: the nil uuid, "a batch job". */
const batchJob = '00000000-0000-0000-0000-000000000000';

/** What the kit module would give SnapshotsModule, without its HTTP, relay or consumers. */
@Global()
@Module({})
class CommandDatabaseModule {
  static register(dataSource: DataSource): DynamicModule {
    return {
      module: CommandDatabaseModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: Outbox, useValue: new Outbox(`/jobbnatet/${serviceName}`) },
      ],
      exports: [DataSource, Outbox],
    };
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: {
        scope: { type: 'string' },
        office: { type: 'string' },
        municipality: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        by: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const scope = (args.scope ?? '').toUpperCase();
  if (!(scope in ReportScopeKind) || !args.from || !args.to || !args.out) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const config = publishCommandConfig();
  const logger = new JsonLogger(serviceName, config.LOG_LEVEL);
  const dataSource = await openDataSource({
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [ReportSnapshotEntity],
    migrations,
    appendOnly: [reportSnapshotTable],
    logger,
  });
  const app = await NestFactory.createApplicationContext(
    {
      module: class PublishReportCommand {},
      imports: [
        CommandDatabaseModule.register(dataSource),
        SnapshotsModule.register(config.REPORTING_MIN_GROUP_SIZE),
      ],
    },
    { logger },
  );
  try {
    const access: Access = {
      caller: { userId: args.by ?? batchJob, role: 'admin', correlationId: 'report-publish' },
      scope: { kind: 'all' },
      request: {},
    };
    const snapshot = await app.get(SnapshotsService).publish(access, {
      scope: scope as ReportScopeKind,
      officeId: args.office,
      municipalityCode: args.municipality,
      from: args.from,
      to: args.to,
    });
    const place = snapshot.officeId ?? snapshot.municipalityCode;
    const name = [
      'report',
      snapshot.scope.toLowerCase(),
      ...(place ? [place] : []),
      snapshot.from,
      snapshot.to,
      snapshot.id.slice(0, 8),
    ].join('_');
    const dir = resolve(args.out);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.csv`), snapshot.csv, 'utf8');
    writeFileSync(join(dir, `${name}.json`), snapshot.json, 'utf8');
    process.stdout.write(
      `${JSON.stringify({
        snapshotId: snapshot.id,
        csv: join(dir, `${name}.csv`),
        json: join(dir, `${name}.json`),
        csvSha256: snapshot.csvSha256,
        jsonSha256: snapshot.jsonSha256,
      })}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      process.stderr.write(`${error.code} ${error.field ?? ''}: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await app.close();
    await dataSource.destroy();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`report:publish failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
