import type { DataSource } from 'typeorm';
import type { PiiCipher } from './pii-cipher';

/** A table's personal-data columns: each ciphertext, and the blind index kept of its plaintext. */
export interface PiiTable {
  table: string;
  idColumn: string;
  columns: { encrypted: string; index?: string }[];
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Rewrites every row of `target` whose ciphertexts or blind indexes were not made by the active keys
 * (or whose ciphertexts are not yet bound to their row): after a key rotation, run this, then drop
 * the retired keys from the configuration. Batches commit one by one, so it can run while the
 * service serves, be interrupted and run again. Returns how many rows it rewrote.
 */
export async function rekeyPii(
  dataSource: DataSource,
  cipher: PiiCipher,
  target: PiiTable,
  batchSize = 500,
): Promise<number> {
  const id = quote(target.idColumn);
  const table = quote(target.table);
  const selected = target.columns.flatMap(({ encrypted, index }) =>
    index ? [quote(encrypted), quote(index)] : [quote(encrypted)],
  );
  let rewritten = 0;
  let after: string | null = null;
  for (;;) {
    const batch: Record<string, string | null>[] = await dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT ${id}::text AS id, ${selected.join(', ')} FROM ${table}
         WHERE $1::text IS NULL OR ${id}::text > $1 ORDER BY ${id}::text LIMIT $2 FOR UPDATE`,
        [after, batchSize],
      )) as Record<string, string | null>[];
      for (const row of rows) {
        // A null column holds nothing (an optional detail, or an erased participant's).
        const stale = target.columns.some(
          ({ encrypted, index }) =>
            row[encrypted] != null &&
            (!cipher.isCurrentCiphertext(row[encrypted]) ||
              (index !== undefined && !cipher.isCurrentIndex(row[index]!))),
        );
        if (!stale) continue;
        const values = target.columns.flatMap(({ encrypted, index }) => {
          const stored = row[encrypted];
          if (stored == null) return index ? [null, null] : [null];
          const location = { table: target.table, column: encrypted, rowId: row.id! };
          const plaintext = cipher.decrypt(stored, location);
          const fresh = cipher.encrypt(plaintext, location);
          return index ? [fresh, cipher.indexOf(plaintext)] : [fresh];
        });
        const assignments = selected.map((column, at) => `${column} = $${at + 2}`);
        await manager.query(
          `UPDATE ${table} SET ${assignments.join(', ')} WHERE ${id}::text = $1`,
          [row.id, ...values],
        );
        rewritten++;
      }
      return rows;
    });
    if (batch.length < batchSize) return rewritten;
    after = batch.at(-1)!.id!;
  }
}
