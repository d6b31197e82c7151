import { Pool } from 'pg';

/**
 * What both list references of `participants-list` share: the officer's list as a schema, and the
 * two statements the subgraph's answer needs (page, count) on its own `participant` table for one
 * office. No identity, scope rules or access log.
 */
export const listTypeDefs = `
  type Query { participants(first: Int!): ParticipantConnection! }
  type ParticipantConnection { totalCount: Int! edges: [ParticipantEdge!]! }
  type ParticipantEdge { node: Participant! }
  type Participant { id: ID! givenName: String }
`;

export const referencePool = new Pool({
  connectionString: process.env.REFERENCE_DATABASE_URL,
  max: 10,
});
const officeId = process.env.REFERENCE_OFFICE_ID;

export async function listPage(first: number) {
  const [page, count] = await Promise.all([
    referencePool.query<{ id: string; given_name: string | null }>(
      `SELECT id, given_name FROM participant WHERE office_id = $1 AND status <> 'ERASED'
       ORDER BY registered_at DESC, id DESC LIMIT $2`,
      [officeId, first],
    ),
    referencePool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM participant WHERE office_id = $1 AND status <> 'ERASED'`,
      [officeId],
    ),
  ]);
  return {
    totalCount: count.rows[0]?.count,
    edges: page.rows.map((row) => ({ node: { id: row.id, givenName: row.given_name } })),
  };
}
