import DataLoader from 'dataloader';

const caches = new WeakMap<object, Map<unknown, unknown>>();

/**
 * One value per GraphQL request and owner, such as a resolver's DataLoader: made on first use,
 * gone with the request. `request` is the GraphQL context (`Access.request`); `owner` tells apart
 * the values of different resolvers (pass `this`, or a symbol of your own for a second loader).
 */
export function perRequest<T>(request: object, owner: unknown, create: () => T): T {
  let cache = caches.get(request);
  if (!cache) {
    cache = new Map();
    caches.set(request, cache);
  }
  if (!cache.has(owner)) cache.set(owner, create());
  return cache.get(owner) as T;
}

/**
 * The request's loader of the rows that belong to each key (a participant's consents, say): the
 * keys asked for together are loaded with one query, and each gets its rows in the query's order.
 */
export function groupedLoader<K, Row>(
  request: object,
  owner: unknown,
  load: (keys: readonly K[]) => Promise<Row[]>,
  keyOf: (row: Row) => K,
): DataLoader<K, Row[]> {
  return perRequest(
    request,
    owner,
    () =>
      new DataLoader<K, Row[]>(async (keys) => {
        const groups = new Map<K, Row[]>(keys.map((key) => [key, []]));
        for (const row of await load(keys)) groups.get(keyOf(row))?.push(row);
        return keys.map((key) => groups.get(key)!);
      }),
  );
}
