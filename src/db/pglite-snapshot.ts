import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrateDatabase } from './migrate.ts';
import * as schema from './schema.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const migrationsDir = path.join(root, 'src/db/migrations');
const cacheDir = path.join(root, 'node_modules/.cache/canopy');

/** Changes whenever a migration does, so a stale snapshot is never used. */
export async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await fs.readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(file).update(await fs.readFile(path.join(migrationsDir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * A dumped PGlite data dir with every migration applied. Starting from it takes under a second,
 * where a new data dir's initdb and migrations take several: `npm install` makes it, the first
 * start and each test suite clone it. With `create: false` a missing snapshot is simply null.
 */
export async function migratedSnapshot(opts: { create: boolean }): Promise<Blob | null> {
  const file = path.join(cacheDir, `pglite-${await migrationsHash()}.tar.gz`);
  try {
    return new Blob([await fs.readFile(file)]);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !opts.create) return null;
  }
  const fresh = await PGlite.create();
  await migrateDatabase({ kind: 'pglite', pglite: fresh, db: drizzle(fresh, { schema }), close: () => fresh.close() });
  const snapshot = await fresh.dumpDataDir('gzip');
  await fresh.close();
  await fs.mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.${randomBytes(4).toString('hex')}`;
  await fs.writeFile(tmp, Buffer.from(await snapshot.arrayBuffer()));
  await fs.rename(tmp, file);
  return snapshot;
}
