import type { Db } from './client.ts';

const caches = new WeakMap<Db, Map<string, unknown>>();

/**
 * A statement prepared once per database handle: the hot lookups of every request (who is
 * calling, which workspaces they see) skip building SQL and, on PostgreSQL, planning it again.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  if (!cache.has(name)) cache.set(name, build(db));
  return cache.get(name) as T;
}
