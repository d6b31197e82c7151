import { Client } from 'pg';

/** The URL of `database` on the server that `serverUrl` points at. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A name the kit puts into SQL unquoted: a lower-case identifier PostgreSQL keeps whole. */
export function safeName(kind: string, name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe ${kind} name ${name}`);
  return name;
}

/** Creates the service's own database on first start; safe when several instances race. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  safeName('database', database);
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount) return;
    await client.query(`CREATE DATABASE "${database}"`).catch((error: { code?: string }) => {
      // 42P04 duplicate_database, 23505: another instance created it first.
      if (error.code !== '42P04' && error.code !== '23505') throw error;
    });
  } finally {
    await client.end();
  }
}
