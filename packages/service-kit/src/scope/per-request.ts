const caches = new WeakMap<object, Map<object, unknown>>();

/**
 * One value per GraphQL request and owner, such as a resolver's DataLoader: made on first use,
 * gone with the request. `request` is the GraphQL context (`Access.request`); `owner` tells apart
 * the loaders of different resolvers (pass `this`).
 */
export function perRequest<T>(request: object, owner: object, create: () => T): T {
  let cache = caches.get(request);
  if (!cache) {
    cache = new Map();
    caches.set(request, cache);
  }
  if (!cache.has(owner)) cache.set(owner, create());
  return cache.get(owner) as T;
}
