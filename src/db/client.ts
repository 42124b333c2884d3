import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { migratedSnapshot } from './pglite-snapshot.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The running database: PGlite in-process, or a pool of connections to PostgreSQL. */
export type Database =
  | { kind: 'pglite'; db: Db; pglite: PGlite; close(): Promise<void> }
  | { kind: 'postgres'; db: Db; pool: pg.Pool; url: string; close(): Promise<void> };

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** A dumped PGlite data dir to start from (tests clone a migrated snapshot this way). */
  pgliteSnapshot?: Blob;
  /** Keep PGlite in memory instead of under dataDir. */
  inMemory?: boolean;
  poolSize?: number;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle client's network error must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { kind: 'postgres', db, pool, url: opts.databaseUrl, close: () => pool.end() };
  }
  let dataDir: string | undefined;
  let snapshot = opts.pgliteSnapshot;
  if (!opts.inMemory) {
    dataDir = path.join(opts.dataDir, 'pglite');
    // A new data dir starts from the migrated snapshot `npm install` made, when there is one.
    const isNew = !(await fs.stat(path.join(dataDir, 'PG_VERSION')).catch(() => null));
    if (isNew) snapshot ??= (await migratedSnapshot({ create: false })) ?? undefined;
    await fs.mkdir(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return { kind: 'pglite', db, pglite, close: () => pglite.close() };
}
