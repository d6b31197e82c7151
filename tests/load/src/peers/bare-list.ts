import { createServer } from 'node:http';
import { buildSchema, execute, parse, validate, type ExecutionResult } from 'graphql';
import { Pool } from 'pg';
import { tellParent } from '../support/child-server';

/**
 * The bare reference of `participants-list`: graphql-js and node-postgres on plain node:http,
 * answering the officer's list from the subgraph's own `participant` table for one office. It parses
 * and validates every request and runs the same two statements the subgraph's answer needs (page,
 * count); it verifies no identity, applies no scope rules and writes no access log.
 */
const schema = buildSchema(`
  type Query { participants(first: Int!): ParticipantConnection! }
  type ParticipantConnection { totalCount: Int! edges: [ParticipantEdge!]! }
  type ParticipantEdge { node: Participant! }
  type Participant { id: ID! givenName: String }
`);

const pool = new Pool({ connectionString: process.env.REFERENCE_DATABASE_URL, max: 10 });
const officeId = process.env.REFERENCE_OFFICE_ID;

const rootValue = {
  participants: async ({ first }: { first: number }) => {
    const [page, count] = await Promise.all([
      pool.query<{ id: string; given_name: string | null }>(
        `SELECT id, given_name FROM participant WHERE office_id = $1 AND status <> 'ERASED'
         ORDER BY registered_at DESC, id DESC LIMIT $2`,
        [officeId, first],
      ),
      pool.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM participant WHERE office_id = $1 AND status <> 'ERASED'`,
        [officeId],
      ),
    ]);
    return {
      totalCount: count.rows[0]?.count,
      edges: page.rows.map((row) => ({ node: { id: row.id, givenName: row.given_name } })),
    };
  },
};

async function answer(body: string): Promise<ExecutionResult> {
  const { query, variables } = JSON.parse(body) as { query: string; variables?: never };
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length > 0) return { errors };
  return execute({ schema, document, rootValue, variableValues: variables });
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    answer(Buffer.concat(chunks).toString('utf8')).then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result));
      },
      (error: unknown) => {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
});
// Longer than autocannon keeps a connection, as the subgraphs do.
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  tellParent({ ready: Number(process.env.PORT) }),
);
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void pool.end().then(() => process.exit(0)));
});
