import {
  createKafka,
  databaseUrl,
  InboxConsumer,
  openDataSource,
  pauseConsumerGroup,
  type EventHandler,
} from '@jobbnatet/service-kit';
import type { LoggerService } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { migrations } from '../migrations';
import { readModelChecksum, type ReadModelChecksum } from './checksum';
import type { ReadModel } from './read-model';

export interface RebuildSettings {
  /** The server and database of the service (`DATABASE_URL` as the owner, `DATABASE_NAME`). */
  databaseUrl: string;
  databaseName: string;
  kafkaBrokers: string;
  /** The service's consumer group; the live group of a model is `<serviceGroup>.<model>`. */
  serviceGroup: string;
  logger: LoggerService;
  /** Called once the history is in the shadow tables, before the live group is paused (tests). */
  afterReplay?: (model: ReadModel) => Promise<void>;
}

export interface RebuildResult {
  readModel: string;
  /** Messages read from the model's topics (events of other types included). */
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** Both taken while the live group was paused, just before the swap. */
  live: ReadModelChecksum;
  rebuilt: ReadModelChecksum;
}

// The kit's Kafka client types, without a direct kafkajs dependency.
type Kafka = ReturnType<typeof createKafka>;
type Admin = ReturnType<Kafka['admin']>;

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Rebuilds one read model from the beginning of its topics, while the service keeps serving and
 * consuming:
 * 1. creates a shadow schema with a copy of each registered table (`LIKE … INCLUDING ALL`, same
 *    index names) and an inbox of its own;
 * 2. replays every source topic from offset 0 with a fresh consumer group into it, one transaction
 *    per Kafka batch (the connection's search_path is the shadow schema, so the handlers are the
 *    live ones, unchanged);
 * 3. pauses the live group (`pauseConsumerGroup`: an advisory lock its apply transactions share),
 *    takes the topics' end offsets and replays up to them;
 * 4. in one transaction copies the replay's inbox into the live group's (so events the live group
 *    has not applied yet count as applied: it resumes from its own offsets and skips them) and
 *    swaps the tables; then resumes the live group and drops the old tables.
 */
export async function rebuildReadModel(
  settings: RebuildSettings,
  model: ReadModel,
  handlers: EventHandler[],
): Promise<RebuildResult> {
  // The service's own start does the same: a rebuild needs the tables of the current migrations.
  await (
    await openDataSource({
      serverUrl: settings.databaseUrl,
      database: settings.databaseName,
      entities: [],
      migrations,
      logger: settings.logger,
    })
  ).destroy();
  const started = Date.now();
  const liveGroup = `${settings.serviceGroup}.${model.name}`;
  const stamp = started.toString(36);
  const shadow = `rebuild_${model.name.replace(/-/g, '_')}_${stamp}`;
  const retired = `${shadow}_retired`;
  const owner = await openOwner(settings);
  const session = owner.createQueryRunner();
  const kafka = createKafka(settings.kafkaBrokers, `${liveGroup}.rebuild`, settings.logger);
  const admin = kafka.admin();
  let replay: { consumer: InboxConsumer; dataSource: DataSource } | undefined;
  let paused: { resume(): Promise<void> } | undefined;
  try {
    await session.connect();
    const [{ locked }] = (await session.query(
      "SELECT pg_try_advisory_lock(hashtext('jobbnatet.rebuild'), hashtext($1)) AS locked",
      [model.name],
    )) as [{ locked: boolean }];
    if (!locked) throw new Error(`a rebuild of ${model.name} is already running`);
    await createShadow(session, model, shadow);
    await admin.connect();

    replay = await startReplay(
      settings,
      kafka,
      handlers,
      liveGroup,
      shadow,
      `${liveGroup}.rebuild-${stamp}`,
    );
    await replayUntil(replay.consumer, await endOffsets(admin, replay.consumer.sourceTopics));
    await settings.afterReplay?.(model);

    // From here the live group applies nothing until the swap is committed.
    paused = await pauseConsumerGroup(session, liveGroup);
    await replayUntil(replay.consumer, await endOffsets(admin, replay.consumer.sourceTopics));
    const events = replay.consumer.progress.messagesRead;
    await replay.consumer.stop();
    const [live, rebuilt] = await Promise.all([
      readModelChecksum(owner, model),
      readModelChecksum(owner, model, shadow),
    ]);
    await swap(session, model, liveGroup, shadow, retired);
    await paused.resume();
    paused = undefined;
    const seconds = (Date.now() - started) / 1000;
    return {
      readModel: model.name,
      events,
      seconds,
      eventsPerSecond: Math.round(events / seconds),
      live,
      rebuilt,
    };
  } finally {
    await replay?.consumer.stop().catch(() => undefined);
    await replay?.dataSource.destroy().catch(() => undefined);
    await paused?.resume().catch(() => undefined);
    if (session.isReleased === false && owner.isInitialized) {
      for (const schema of [shadow, retired])
        await session
          .query(`DROP SCHEMA IF EXISTS ${identifier(schema)} CASCADE`)
          .catch(() => undefined);
      await session.release();
    }
    if (replay) await admin.deleteGroups([`${liveGroup}.rebuild-${stamp}`]).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    await owner.destroy();
  }
}

/** As the database's owner (the user in DATABASE_URL): the rebuild creates and moves tables. */
async function openOwner(settings: RebuildSettings, searchPath?: string): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(settings.databaseUrl, settings.databaseName),
    synchronize: false,
    logging: false,
    extra: {
      max: 3,
      connectionTimeoutMillis: 5_000,
      ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
    },
  });
  return dataSource.initialize();
}

async function createShadow(session: QueryRunner, model: ReadModel, shadow: string): Promise<void> {
  await session.query(`CREATE SCHEMA ${identifier(shadow)}`);
  for (const { name } of [...model.tables, { name: 'inbox' }]) {
    const generated = (await session.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'
         AND table_name = $1 AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`,
      [name],
    )) as unknown[];
    if (name !== 'inbox' && generated.length > 0)
      throw new Error(`${name} has a generated key: a rebuild could not reproduce it`);
    await session.query(
      `CREATE TABLE ${identifier(shadow)}.${identifier(name)}
         (LIKE public.${identifier(name)} INCLUDING ALL)`,
    );
    await nameIndexesAsLive(session, shadow, name);
  }
}

/**
 * LIKE names the copied indexes itself; after the swap they must carry the live names, which
 * migrations refer to. Matched by definition.
 */
async function nameIndexesAsLive(session: QueryRunner, shadow: string, table: string) {
  const indexes = (schema: string) =>
    session.query(
      `SELECT i.relname AS name,
              regexp_replace(pg_get_indexdef(x.indexrelid), '^CREATE (UNIQUE )?INDEX \\S+ ON \\S+ ',
                             'CREATE \\1INDEX ON ') AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = $1 AND t.relname = $2`,
      [schema, table],
    ) as Promise<{ name: string; definition: string }[]>;
  const copies = await indexes(shadow);
  for (const live of await indexes('public')) {
    const copy = copies.find((index) => index.definition === live.definition);
    if (!copy) throw new Error(`the copy of ${table} lacks index ${live.name}`);
    copies.splice(copies.indexOf(copy), 1);
    if (copy.name !== live.name)
      await session.query(
        `ALTER INDEX ${identifier(shadow)}.${identifier(copy.name)} RENAME TO ${identifier(live.name)}`,
      );
  }
}

async function startReplay(
  settings: RebuildSettings,
  kafka: Kafka,
  handlers: EventHandler[],
  liveGroup: string,
  shadow: string,
  groupId: string,
) {
  // Only the shadow schema: a handler writing a table the registry does not list fails loudly.
  const dataSource = await openOwner(settings, shadow);
  const consumer = new InboxConsumer(kafka, dataSource, settings.logger, {
    groupId,
    handlers,
    replayOf: liveGroup,
    batchApply: true,
    fromBeginning: true,
    partitionsConsumedConcurrently: 3,
  });
  void consumer.start();
  return { consumer, dataSource };
}

type Offsets = Map<string, { low: bigint; high: bigint }>;

/**
 * The topics' end offsets now. Retried: the replay's consumer may still be creating the live
 * group's redrive topic, whose partitions have no leader for a moment.
 */
async function endOffsets(admin: Admin, topics: string[]): Promise<Offsets> {
  for (let attempt = 1; ; attempt++) {
    try {
      const offsets: Offsets = new Map();
      for (const topic of topics)
        for (const p of await admin.fetchTopicOffsets(topic))
          offsets.set(`${topic}/${p.partition}`, { low: BigInt(p.low), high: BigInt(p.high) });
      return offsets;
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Waits until the replay has read every partition up to `targets` (an empty one counts as read). */
async function replayUntil(consumer: InboxConsumer, targets: Offsets): Promise<void> {
  for (;;) {
    const { replayFailure } = consumer.status;
    if (replayFailure) throw new Error(`the replay stopped: ${replayFailure}`);
    const { nextOffsets } = consumer.progress;
    const behind = [...targets].some(
      ([key, { low, high }]) => high > low && (nextOffsets.get(key) ?? low) < high,
    );
    if (!behind) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One transaction: the replay's inbox joins the live group's, and the tables change places. */
async function swap(
  session: QueryRunner,
  model: ReadModel,
  liveGroup: string,
  shadow: string,
  retired: string,
): Promise<void> {
  const s = identifier(shadow);
  const r = identifier(retired);
  await session.startTransaction();
  try {
    await session.query(
      `INSERT INTO public.inbox (consumer_group, event_id, topic, kafka_partition, kafka_offset, processed_at)
       SELECT $1, event_id, topic, kafka_partition, kafka_offset, processed_at FROM ${s}.inbox
       ON CONFLICT DO NOTHING`,
      [liveGroup],
    );
    await session.query(`CREATE SCHEMA ${r}`);
    for (const { name } of model.tables) {
      const table = identifier(name);
      await session.query(`ALTER TABLE public.${table} SET SCHEMA ${r}`);
      await session.query(`ALTER TABLE ${s}.${table} SET SCHEMA public`);
      // The runtime role's privileges were granted on the old table.
      const grants = (await session.query(
        `SELECT grantee, privilege_type FROM information_schema.role_table_grants
         WHERE table_schema = $1 AND table_name = $2 AND grantee <> current_user`,
        [retired, name],
      )) as { grantee: string; privilege_type: string }[];
      for (const { grantee, privilege_type } of grants)
        await session.query(
          `GRANT ${privilege_type} ON public.${table} TO ${grantee === 'PUBLIC' ? 'PUBLIC' : identifier(grantee)}`,
        );
    }
    await session.commitTransaction();
  } catch (error) {
    await session.rollbackTransaction();
    throw error;
  }
}
