import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { testSettings } from '../config/index.ts';
import { openDatabase, type Database } from './client.ts';
import { migrateDatabase } from './migrate.ts';

async function tables(database: Database): Promise<string[]> {
  const res = await database.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return (res as unknown as { rows: Array<{ table_name: string }> }).rows.map((r) => r.table_name);
}

describe('migrations', () => {
  it('apply the committed schema once, however many processes start together', async () => {
    const url = testSettings().databaseUrl;
    if (!url) {
      // Embedded: one process owns the data dir; starting again finds nothing left to do.
      const database = await openDatabase({ dataDir: '', inMemory: true });
      await migrateDatabase(database);
      await migrateDatabase(database);
      assert.ok((await tables(database)).includes('workspace_members'));
      await database.close();
      return;
    }
    const name = `canopy_migrate_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const processes = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ databaseUrl: target.toString(), dataDir: '' })));
    try {
      await Promise.all(processes.map(migrateDatabase));
      const applied = await processes[0]!.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const journal = (await import('./migrations/meta/_journal.json', { with: { type: 'json' } })).default;
      assert.equal((applied as unknown as { rows: Array<{ n: number }> }).rows[0]!.n, journal.entries.length);
      assert.ok((await tables(processes[0]!)).includes('audit_events'));
    } finally {
      await Promise.all(processes.map((p) => p.close()));
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    }
  });
});
