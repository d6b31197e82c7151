import type { EntityManager } from 'typeorm';
import type { AppliedOffset } from './report';

/**
 * The last offset each read model's consumer group has applied per topic-partition, from the kit's
 * inbox (its rows commit with the handlers' writes). Read in the snapshot's REPEATABLE READ
 * transaction, it names exactly the events the figures include. Events a group skips (types it does
 * not handle) or dead-letters leave no inbox row, so the offsets are those of applied events.
 */
export async function appliedOffsets(manager: EntityManager): Promise<AppliedOffset[]> {
  const rows = (await manager.query(
    `SELECT consumer_group AS "group", topic, kafka_partition AS "partition",
            max(kafka_offset)::text AS "offset"
     FROM inbox GROUP BY consumer_group, topic, kafka_partition
     ORDER BY consumer_group, topic, kafka_partition`,
  )) as AppliedOffset[];
  return rows.map((r) => ({ ...r, partition: Number(r.partition) }));
}
