import type { DataSource, EntityManager } from 'typeorm';
import { databaseUrl, safeName } from './ensure-database';

/** The role a service's sessions run as: one per database, as roles belong to the whole server. */
export function runtimeRoleName(database: string): string {
  return safeName('runtime role', `${database}_app`);
}

/**
 * The libpq startup option that makes every session of a connection run as `role`. PostgreSQL
 * sets it before the first query and refuses the connection if the user may not become `role`;
 * `RESET ROLE` and `DISCARD ALL` return to it, not to the user who logged in.
 */
export function runAs(role: string): string {
  return `-c role=${role}`;
}

/** The URL of `database` whose sessions run as its runtime role, for connections of their own. */
export function runtimeUrl(serverUrl: string, database: string): string {
  const url = new URL(databaseUrl(serverUrl, database));
  url.searchParams.set('options', runAs(runtimeRoleName(database)));
  return url.toString();
}

/**
 * Makes the database's runtime role exist and hold exactly: CONNECT, USAGE on schema public,
 * SELECT/INSERT/UPDATE/DELETE on its tables and use of its sequences, minus UPDATE and DELETE on
 * the `appendOnly` tables. It owns nothing, so it cannot alter, drop or truncate a table. Run by
 * the owner after the migrations at every start, so new tables are covered and privileges granted
 * by hand are taken back. Returns the role's name.
 */
export async function ensureRuntimeRole(
  owner: DataSource,
  database: string,
  appendOnly: string[],
): Promise<string> {
  const role = runtimeRoleName(database);
  await owner.transaction(async (manager) => {
    // Two instances granting on the same tables at once fail with "tuple concurrently updated".
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('jobbnatet.runtime-role'))");
    await checkTablesExist(manager, database, appendOnly);
    await createRole(manager, role);
    await canBecome(manager, role);
    const tables = appendOnly.map(quoted).join(', ');
    for (const statement of [
      `GRANT CONNECT ON DATABASE ${safeName('database', database)} TO ${role}`,
      `GRANT USAGE ON SCHEMA public TO ${role}`,
      `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
      `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
      ...(tables ? [`REVOKE UPDATE, DELETE, TRUNCATE ON ${tables} FROM ${role}`] : []),
    ])
      await manager.query(statement);
  });
  return role;
}

/**
 * Roles are server-wide and the lock only covers this database: whoever creates it first wins; a
 * loser sees 42710 duplicate_object, or 23505 when both reached the catalog at once.
 */
async function createRole(manager: EntityManager, role: string): Promise<void> {
  await manager.query(`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
        CREATE ROLE ${role} NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
}

/**
 * A superuser may become any role. Any other user must be granted the role: a user with CREATEROLE
 * that created it may grant it to itself; otherwise an operator must have done so.
 */
async function canBecome(manager: EntityManager, role: string): Promise<void> {
  const [{ can }] = (await manager.query("SELECT pg_has_role(current_user, $1, 'SET') AS can", [
    role,
  ])) as [{ can: boolean }];
  if (can) return;
  await manager.query(`GRANT ${role} TO CURRENT_USER`).catch((error: Error) => {
    throw new Error(
      `the database user cannot become ${role} (${error.message}): GRANT ${role} TO the user in DATABASE_URL`,
    );
  });
}

async function checkTablesExist(
  manager: EntityManager,
  database: string,
  tables: string[],
): Promise<void> {
  const missing = (await manager.query(
    `SELECT name FROM unnest($1::text[]) AS name
     WHERE NOT EXISTS (SELECT FROM pg_tables WHERE schemaname = 'public' AND tablename = name)`,
    [tables],
  )) as { name: string }[];
  if (missing.length > 0) {
    const names = missing.map((row) => row.name).join(', ');
    throw new Error(`appendOnly names tables that ${database} does not have: ${names}`);
  }
}

function quoted(table: string): string {
  return `public."${table.replace(/"/g, '""')}"`;
}
