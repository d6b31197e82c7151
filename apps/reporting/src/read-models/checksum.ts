import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ReadModel } from './read-model';

export interface TableChecksum {
  table: string;
  rows: number;
  md5: string;
}

export interface ReadModelChecksum {
  readModel: string;
  /** md5 over the tables' lines `table rows md5`, in the registry's order. */
  checksum: string;
  tables: TableChecksum[];
}

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A digest of a read model's rows that two correct builds share: each table's rows as text, sorted
 * byte-wise, md5'd; the row order on disk, the session's time zone and date style do not enter.
 * `schema` is `public` (the live tables) or a rebuild's shadow schema.
 */
export async function readModelChecksum(
  dataSource: DataSource,
  model: ReadModel,
  schema = 'public',
): Promise<ReadModelChecksum> {
  const tables = await dataSource.transaction(async (manager) => {
    await manager.query("SET LOCAL TimeZone = 'UTC'");
    await manager.query("SET LOCAL DateStyle = 'ISO, YMD'");
    const result: TableChecksum[] = [];
    for (const table of model.tables) {
      const columns = (
        (await manager.query(
          `SELECT column_name AS name FROM information_schema.columns
           WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
          [schema, table.name],
        )) as { name: string }[]
      )
        .map((column) => column.name)
        .filter((name) => !(table.checksumExcludes ?? []).includes(name));
      if (columns.length === 0)
        throw new Error(`read model ${model.name}: no table ${schema}.${table.name}`);
      const [row] = (await manager.query(
        `SELECT count(*)::int AS rows,
                md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text COLLATE "C"), '')) AS md5
         FROM (SELECT ${columns.map(identifier).join(', ')}
               FROM ${identifier(schema)}.${identifier(table.name)}) r`,
      )) as [{ rows: number; md5: string }];
      result.push({ table: table.name, rows: row.rows, md5: row.md5 });
    }
    return result;
  });
  const checksum = createHash('md5')
    .update(tables.map((t) => `${t.table} ${t.rows} ${t.md5}\n`).join(''))
    .digest('hex');
  return { readModel: model.name, checksum, tables };
}
