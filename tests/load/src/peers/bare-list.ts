import { createServer } from 'node:http';
import { buildSchema, execute, parse, validate, type ExecutionResult } from 'graphql';
import { tellParent } from '../support/child-server';
import { listPage, listTypeDefs, referencePool } from './list-reference';

/**
 * The bare reference of `participants-list`: graphql-js and node-postgres on plain node:http. It
 * parses and validates every request and answers from `listPage` (see list-reference.ts).
 */
const schema = buildSchema(listTypeDefs);
const rootValue = { participants: ({ first }: { first: number }) => listPage(first) };

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
  server.close(() => void referencePool.end().then(() => process.exit(0)));
});
