import { databaseUrl } from '@jobbnatet/service-kit';
import { DataSource } from 'typeorm';

/** The subgraph's database as its owner, as the rebuild and checksum commands connect. */
export function ownerOf(env: Record<string, string>): Promise<DataSource> {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl(env.DATABASE_URL!, env.DATABASE_NAME!),
    extra: { max: 2 },
  }).initialize();
}

/** Rows of every read-model table for these participants: all applied when it reaches `expected`. */
export async function rowsOf(
  sql: (text: string, params: unknown[]) => Promise<unknown[]>,
  participantIds: string[],
): Promise<number> {
  const [row] = (await sql(
    `SELECT (SELECT count(*) FROM outcome_admission WHERE participant_id = ANY($1))
          + (SELECT count(*) FROM outcome_employment WHERE participant_id = ANY($1))
          + (SELECT count(*) FROM outcome_retention_check c JOIN outcome_employment e USING (outcome_id)
             WHERE e.participant_id = ANY($1))
          + (SELECT count(*) FROM outcome_track_result WHERE participant_id = ANY($1)
             AND recorded_at >= '2026-07-01')
          + (SELECT count(*) FROM funnel_candidate_status WHERE participant_id = ANY($1))
          + (SELECT count(*) FROM funnel_admission WHERE participant_id = ANY($1))
          + (SELECT count(*) FROM funnel_track_result WHERE participant_id = ANY($1)
             AND recorded_at >= '2026-07-01')
          + (SELECT count(*) FROM funnel_employment WHERE participant_id = ANY($1)) AS n`,
    [participantIds],
  )) as [{ n: string }];
  return Number(row.n);
}
