import { Client } from 'pg';

/** Each service's own database: its name, plus a suffix that keeps tests off development data. */
export function serviceDatabaseName(service: string, suffix: string): string {
  return `${service.replace(/-/g, '_')}${suffix}`;
}

/** Drops (and so empties) a database on the server that `serverUrl` points at. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
