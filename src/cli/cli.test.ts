import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { childEnv } from '../config/index.ts';
import { createTestDatabase } from '../testing/database.ts';

const bin = fileURLToPath(new URL('../../bin/canopy.js', import.meta.url));

function canopy(args: string[], env: Record<string, string> = {}, input?: string) {
  const childVars = childEnv({ TEST_DATABASE_URL: undefined, DATABASE_URL: undefined, LOG_LEVEL: 'silent', ...env });
  return spawnSync(process.execPath, [bin, ...args], { env: childVars, input, encoding: 'utf8' });
}

describe('the canopy command', () => {
  it('explains itself with --help, for every command', () => {
    const top = canopy(['--help']);
    assert.equal(top.status, 0);
    for (const cmd of ['start', 'web', 'worker', 'migrate', 'user']) assert.match(top.stdout, new RegExp(`\\b${cmd}\\b`));
    const create = canopy(['user', 'create', '--help']);
    assert.equal(create.status, 0);
    assert.match(create.stdout, /--organization/);
  });

  it('stops with one message naming each bad setting', () => {
    const res = canopy(['migrate'], { PORT: 'x', DATABASE_URL: 'sqlite://nope' });
    assert.equal(res.status, 2);
    assert.match(res.stderr, /PORT/);
    assert.match(res.stderr, /DATABASE_URL: must be a postgres/);
  });

  it('migrates and creates an owner, reading the password from standard input', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-cli-'));
    const database = await createTestDatabase();
    // On PostgreSQL the command gets the suite's own database; on PGlite it uses DATA_DIR.
    const env: Record<string, string> = { DATA_DIR: dataDir, ...(database.kind === 'postgres' ? { DATABASE_URL: database.url } : {}) };
    if (database.kind === 'pglite') await database.close();
    try {
      assert.equal(canopy(['migrate'], env).status, 0);
      const created = canopy(['user', 'create', '--email', 'Boss@Example.com', '--name', 'Boss', '--organization', 'Acme'], env, 'a very long password\n');
      assert.equal(created.status, 0, created.stderr);
      assert.match(created.stdout, /boss@example\.com/);
      const again = canopy(['user', 'create', '--email', 'boss@example.com', '--name', 'B', '--organization', 'B', '--password', 'another long one'], env);
      assert.equal(again.status, 2);
      assert.match(again.stderr, /already exists/);
      const weak = canopy(['user', 'create', '--email', 'x@example.com', '--name', 'X', '--organization', 'X', '--password', 'short'], env);
      assert.equal(weak.status, 2);
      assert.match(weak.stderr, /--password: must be at least 10 characters/);
    } finally {
      if (database.kind === 'postgres') await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
