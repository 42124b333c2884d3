import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { boot, type Running } from '../../boot.ts';
import { loadConfig } from '../../config/index.ts';
import type { Database } from '../../db/client.ts';
import { createLogger } from '../../log.ts';
import { TestClient } from '../../testing/client.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { freePort } from '../../testing/free-port.ts';
import { addMember, createWorkspace, signUpOwner } from '../../testing/people.ts';
import { AuthCache } from './auth-cache.ts';

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** Two Canopy web processes on one database: a change made through one reaches the other's cache. */
describe('the auth cache across processes', () => {
  let database: Database;
  const running: Running[] = [];
  const urls: string[] = [];
  before(async () => {
    database = await createTestDatabase();
    const key = randomBytes(32).toString('base64');
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const config = loadConfig({ LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: `/tmp/canopy-auth-cache-${port}`, CANOPY_SECRET_KEY: key });
      running.push(await boot(config, createLogger(config), 'web', { database }));
      urls.push(config.publicUrl);
    }
  });
  after(async () => {
    for (const r of running) await r.stop();
    await database.close();
  });

  it('forgets a removed member and a revoked token in the other process', async () => {
    const owner = await signUpOwner(urls[0]!);
    const ws = await createWorkspace(owner);
    const member = await addMember(owner, ws, 'content_creator');
    const token = (await member.client.post<{ id: string; token: string }>('/api/v1/tokens', { name: 'script' })).body;
    const other = new TestClient(urls[1]!).withToken(token.token);
    // Read twice through the second process, so its answer is cached there.
    assert.equal((await other.get(`/api/v1/workspaces/${ws}`)).status, 200);
    assert.equal((await other.get(`/api/v1/workspaces/${ws}`)).status, 200);
    assert.equal((await owner.client.delete(`/api/v1/workspaces/${ws}/members/${member.userId}`)).status, 204);
    assert.ok(await eventually(async () => (await other.get(`/api/v1/workspaces/${ws}`)).status === 404), 'the removal reached the other process');
    assert.equal((await other.get('/api/v1/workspaces')).status, 200);
    assert.equal((await member.client.delete(`/api/v1/tokens/${token.id}`)).status, 204);
    assert.ok(await eventually(async () => (await other.get('/api/v1/workspaces')).status === 401), 'the revoked token stopped working there');
  });
});

describe('the auth cache itself', () => {
  it('caches only while notifications arrive, drops what a change raced, and expires', async () => {
    const cache = new AuthCache(1_000);
    let loads = 0;
    const load = async () => ++loads;
    await cache.remember('k', 0, load);
    await cache.remember('k', 0, load);
    assert.equal(loads, 2, 'nothing is cached before notifications arrive');
    cache.setListening(true);
    await cache.remember('k', 0, load);
    await cache.remember('k', 10, load);
    assert.equal(loads, 3);
    await cache.remember('k', 2_000, load);
    assert.equal(loads, 4, 'entries expire');
    const racing = cache.remember('r', 0, async () => {
      cache.clear();
      return 'stale';
    });
    assert.equal(await racing, 'stale');
    await cache.remember('r', 0, async () => 'fresh');
    assert.equal(await cache.remember('r', 0, async () => 'other'), 'fresh', 'the raced value was not stored, the fresh one was');
  });
});
