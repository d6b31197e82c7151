import type { EntityManager } from 'typeorm';

// PostgreSQL takes at most 65 535 parameters in one statement.
const maxParameters = 60_000;

/**
 * One multi-row `INSERT INTO <into> VALUES (…), (…) <onConflict>` per chunk of rows: a read model
 * writes a batch of events with one statement, not one round trip per event (LIMITS.md: batch or
 * lose 15×). The rows must not repeat a conflict key (see `winnerPerKey`): PostgreSQL refuses to
 * update one row twice in a statement.
 */
export async function insertRows(
  manager: EntityManager,
  into: string,
  rows: readonly unknown[][],
  onConflict: string,
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  const perChunk = Math.floor(maxParameters / width);
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const tuples = chunk.map(
      (_, row) =>
        `(${Array.from({ length: width }, (_, column) => `$${row * width + column + 1}`).join(', ')})`,
    );
    await manager.query(
      `INSERT INTO ${into} VALUES ${tuples.join(', ')} ${onConflict}`,
      chunk.flat(),
    );
  }
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
