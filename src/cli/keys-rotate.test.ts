import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { childEnv } from '../config/index.ts';
import { loadSecretBox, SecretBox } from '../core/secrets/box.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { organizations, profiles, users, workspaces } from '../db/schema.ts';
import { createTestDatabase } from '../testing/database.ts';

const bin = fileURLToPath(new URL('../../bin/canopy.js', import.meta.url));

function canopy(args: string[], env: Record<string, string>) {
  const childVars = childEnv({ TEST_DATABASE_URL: undefined, DATABASE_URL: undefined, CANOPY_SECRET_KEY: undefined, LOG_LEVEL: 'silent', ...env });
  return spawnSync(process.execPath, [bin, ...args], { env: childVars, encoding: 'utf8' });
}

describe('canopy keys rotate', () => {
  it('re-seals every secret under a new key file and forgets the old key', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-keys-'));
    const testDb = await createTestDatabase();
    const env: Record<string, string> = { DATA_DIR: dataDir, ...(testDb.kind === 'postgres' ? { DATABASE_URL: testDb.url } : {}) };
    if (testDb.kind === 'pglite') await testDb.close();
    const open = async (): Promise<Database> => (testDb.kind === 'postgres' ? openDatabase({ databaseUrl: testDb.url, dataDir }) : openDatabase({ dataDir }));
    try {
      assert.equal(canopy(['migrate'], env).status, 0);
      const oldBox = await loadSecretBox({ secretKey: undefined, dataDir });
      const oldKey = await fs.readFile(path.join(dataDir, 'secret.key'), 'utf8');
      let db = await open();
      const [org] = await db.db.insert(organizations).values({ name: 'Acme' }).returning();
      const [ws] = await db.db
        .insert(workspaces)
        .values({ organizationId: org!.id, name: 'W', timezone: 'UTC', locale: 'en', links: { shortener: 'bitly', bitlyToken: oldBox.seal('bitly-access-token') } })
        .returning();
      const [user] = await db.db
        .insert(users)
        .values({ organizationId: org!.id, email: 'k@example.com', name: 'K', passwordHash: 'x', orgRole: 'owner', totpSecret: oldBox.seal('JBSWY3DPEHPK3PXP') })
        .returning();
      const [profile] = await db.db
        .insert(profiles)
        .values({ organizationId: org!.id, workspaceId: ws!.id, network: 'bluesky', remoteId: 'did:plc:x', handle: 'x', displayName: 'X', credentials: oldBox.seal('{"appPassword":"abcd-efgh"}') })
        .returning();
      await db.close();

      const rotated = canopy(['keys', 'rotate'], env);
      assert.equal(rotated.status, 0, rotated.stderr);
      assert.match(rotated.stdout, /profiles\.credentials: 1 re-sealed/);
      assert.match(rotated.stdout, /users\.totp_secret: 1 re-sealed/);
      assert.match(rotated.stdout, /workspaces\.links\.bitlyToken: 1 re-sealed/);

      const newKey = await fs.readFile(path.join(dataDir, 'secret.key'), 'utf8');
      assert.notEqual(newKey, oldKey);
      assert.equal((await fs.stat(path.join(dataDir, 'secret.key'))).mode & 0o777, 0o600);
      await assert.rejects(fs.stat(path.join(dataDir, 'secret.previous.keys')), 'the old key is forgotten');
      const newBox = await loadSecretBox({ secretKey: undefined, dataDir });
      db = await open();
      const [p] = await db.db.select().from(profiles).where(eq(profiles.id, profile!.id));
      const [u] = await db.db.select().from(users).where(eq(users.id, user!.id));
      const [w] = await db.db.select().from(workspaces).where(eq(workspaces.id, ws!.id));
      await db.close();
      assert.equal(newBox.open(p!.credentials), '{"appPassword":"abcd-efgh"}');
      assert.equal(newBox.open(u!.totpSecret!), 'JBSWY3DPEHPK3PXP');
      assert.equal(newBox.open(w!.links.bitlyToken!), 'bitly-access-token');
      assert.equal(w!.links.shortener, 'bitly');
      assert.throws(() => new SecretBox(Buffer.from(oldKey, 'base64')).open(p!.credentials), 'the old key no longer opens it');
    } finally {
      if (testDb.kind === 'postgres') await testDb.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
