import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { testSettings } from '../config/index.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import * as schema from '../db/schema.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const migrationsDir = path.join(root, 'src/db/migrations');
const cacheDir = path.join(root, 'node_modules/.cache/canopy-test');

/** Changes whenever a migration does, so a stale snapshot or template is never reused. */
async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await fs.readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(file).update(await fs.readFile(path.join(migrationsDir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * A fresh, migrated database for one test suite: on PostgreSQL when TEST_DATABASE_URL is set
 * (a new database cloned from a migrated template), else an in-memory PGlite cloned from a
 * migrated snapshot. Closing it drops what it made.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = testSettings().databaseUrl;
  return url ? createPostgresDatabase(url) : createPgliteDatabase();
}

async function createPgliteDatabase(): Promise<Database> {
  const file = path.join(cacheDir, `pglite-${await migrationsHash()}.tar.gz`);
  let snapshot: Blob;
  try {
    snapshot = new Blob([await fs.readFile(file)]);
  } catch {
    const fresh = await PGlite.create();
    await migrateDatabase({ kind: 'pglite', pglite: fresh, db: drizzle(fresh, { schema }), close: () => fresh.close() });
    snapshot = await fresh.dumpDataDir('gzip');
    await fresh.close();
    await fs.mkdir(cacheDir, { recursive: true });
    const tmp = `${file}.${randomBytes(4).toString('hex')}`;
    await fs.writeFile(tmp, Buffer.from(await snapshot.arrayBuffer()));
    await fs.rename(tmp, file);
  }
  return openDatabase({ dataDir: '', inMemory: true, pgliteSnapshot: snapshot });
}

async function createPostgresDatabase(url: string): Promise<Database> {
  const template = `canopy_template_${await migrationsHash()}`;
  const name = `canopy_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Parallel suites agree on one template: the first builds it under the lock, the rest reuse it.
    await admin.query('select pg_advisory_lock(727002)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${template}`);
      const tpl = await openDatabase({ databaseUrl: withDatabase(url, template), dataDir: '' });
      await migrateDatabase(tpl);
      await tpl.close();
    }
    await admin.query(`create database ${name} template ${template}`);
    await admin.query('select pg_advisory_unlock(727002)');
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: withDatabase(url, name), dataDir: '', poolSize: 5 });
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  } as Database;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
