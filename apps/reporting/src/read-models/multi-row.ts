import type { EntityManager } from 'typeorm';

/**
 * One `INSERT INTO <table> (<columns>) SELECT … FROM unnest($1::<type>[], …) <onConflict>` per call:
 * a read model writes a batch of events with one statement, not one round trip per event
 * (LIMITS.md: batch or lose 15×). One array parameter per column, not one parameter per value:
 * PostgreSQL parses and plans it in constant time, about twice as fast as a long VALUES list here.
 * `into` is `table (column, …)`; the column types come from the catalog (once per table). The rows
 * must not repeat a conflict key (see `winnerPerKey`): PostgreSQL refuses to update one row twice
 * in a statement.
 */
export async function insertRows(
  manager: EntityManager,
  into: string,
  rows: readonly unknown[][],
  onConflict: string,
): Promise<void> {
  if (rows.length === 0) return;
  const { table, columns } = parseInto(into);
  const types = await columnTypesOf(manager, table);
  const typed = columns.map((column) => {
    const type = types.get(column);
    if (!type) throw new Error(`${table} has no column ${column}`);
    return { column, type, isArray: type.endsWith('[]') };
  });
  // An array column travels as one array literal per row (unnest would flatten an array of
  // arrays) and is cast back in the SELECT.
  const parameters = typed.map(({ isArray }, index) =>
    rows.map((row) => (isArray ? arrayLiteral(row[index]) : row[index])),
  );
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${typed.map(({ column, type, isArray }) => (isArray ? `${column}::${type}` : column)).join(', ')}
     FROM unnest(${typed.map(({ type, isArray }, i) => `$${i + 1}::${isArray ? 'text' : type}[]`).join(', ')})
       AS row_values(${columns.join(', ')})
     ${onConflict}`,
    parameters,
  );
}

function parseInto(into: string): { table: string; columns: string[] } {
  const match = /^\s*([a-z_][a-z0-9_]*)\s*\(([a-z0-9_,\s]+)\)\s*$/.exec(into);
  if (!match) throw new Error(`insertRows needs "table (column, …)", got ${into}`);
  return { table: match[1]!, columns: match[2]!.split(',').map((column) => column.trim()) };
}

/** Per table name: every schema a read model's tables live in (live or rebuild) has the same. */
const columnTypes = new Map<string, Promise<Map<string, string>>>();

function columnTypesOf(manager: EntityManager, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    types = (
      manager.query(
        `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
         WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
        [table],
      ) as Promise<{ name: string; type: string }[]>
    ).then((rows) => new Map(rows.map(({ name, type }) => [name, type])));
    types.catch(() => columnTypes.delete(table));
    columnTypes.set(table, types);
  }
  return types;
}

/** A PostgreSQL array literal of a list of strings (or null). */
function arrayLiteral(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw new Error('an array column needs an array');
  return `{${value.map((item) => (item === null ? 'NULL' : `"${String(item).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
}

/**
 * The item per key that applying them one by one, in order, would leave: by default the last
 * (an upsert that overwrites); `replaces(next, kept)` decides otherwise (e.g. the latest record
 * wins, or the first one when a later insert does nothing). Order of first appearance is kept.
 */
export function winnerPerKey<T>(
  items: readonly T[],
  key: (item: T) => string,
  replaces: (next: T, kept: T) => boolean = () => true,
): T[] {
  const kept = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const current = kept.get(k);
    if (current === undefined || replaces(item, current)) kept.set(k, item);
  }
  return [...kept.values()];
}

/** For inserts that do nothing on conflict: the first item per key stays. */
export const firstWins = (): boolean => false;

/** For "latest record wins" with ties going to the later event (`<=` in the upsert's WHERE). */
export const laterOrEqualWins =
  <T>(at: (item: T) => string) =>
  (next: T, kept: T): boolean =>
    Date.parse(at(next)) >= Date.parse(at(kept));
