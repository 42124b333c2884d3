import DataLoader from 'dataloader';
import type { Db } from './client.ts';

/** How long what a network call's answer is recorded with gathers, before it goes as one statement. */
export const AFTER_CALL_GATHER_MS = 20;

/** The most calls one statement takes; a burst of more goes as several statements. */
const MAX_BATCH = 1_000;

/**
 * Gathers the calls made against one database in one turn of the event loop (or, with `gatherMs`,
 * over that many milliseconds) into one statement. A burst of due posts then costs the database a
 * statement per thousand targets, not one each. Work that trails a network call (recording what
 * happened) gathers for a few milliseconds, as its calls come back one by one; work that a call
 * waits for does not. `batch` answers each key, in order, with its value or an Error of its own;
 * nothing is cached.
 */
export function batchedPerDatabase<K, V>(
  batch: (db: Db, keys: readonly K[]) => Promise<Array<V | Error>>,
  opts: { gatherMs?: number } = {},
): (db: Db) => DataLoader<K, V> {
  const schedule = opts.gatherMs ? (run: () => void) => void setTimeout(run, opts.gatherMs) : (run: () => void) => void setImmediate(run);
  const loaders = new WeakMap<Db, DataLoader<K, V>>();
  return (db) => {
    let loader = loaders.get(db);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(db, keys), { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: schedule });
      loaders.set(db, loader);
    }
    return loader;
  };
}
