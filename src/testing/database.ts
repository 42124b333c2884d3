import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testSettings } from '../config/index.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { migratedSnapshot, migrationsHash } from '../db/pglite-snapshot.ts';

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
  return openDatabase({ dataDir: '', inMemory: true, pgliteSnapshot: (await migratedSnapshot({ create: true }))! });
}

/** A new database on the PostgreSQL server at `url`, cloned from a migrated template; closing it drops it. */
export async function createPostgresDatabase(url: string): Promise<Database> {
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
