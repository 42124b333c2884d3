import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEARTBEAT } from '../jobs/queue.ts';
import { startTestApp } from '../testing/app.ts';
import { TestClient } from '../testing/client.ts';

async function waitForHealthy(client: TestClient): Promise<{ status: number; body: Record<string, unknown> }> {
  for (let i = 0; i < 100; i++) {
    const res = await client.get('/api/health');
    if (res.status === 200) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
  return client.get('/api/health');
}

describe('health', () => {
  it('is 200 once a job has gone round the queue, and 503 when the workers stop polling', async () => {
    const t = await startTestApp();
    try {
      const c = new TestClient(t.url);
      const ok = await waitForHealthy(c);
      assert.equal(ok.status, 200);
      assert.deepEqual(ok.body.checks, { database: true, queue: true });
      // The workers stop; a minute later no heartbeat has come round.
      await t.queue.boss.offWork(HEARTBEAT);
      const realNow = t.app.now;
      t.app.now = () => new Date(realNow().getTime() + 60_000);
      const stale = await c.get('/api/health');
      assert.equal(stale.status, 503);
      assert.deepEqual(stale.body.checks, { database: true, queue: false });
    } finally {
      await t.stop();
    }
  });

  it('is 200 in a web-only process, which runs no workers, and 503 when the database is gone', async () => {
    const t = await startTestApp({}, 'web');
    try {
      const c = new TestClient(t.url);
      assert.equal((await c.get('/api/health')).status, 200);
      await t.queue.stop();
      await t.database.close();
      const down = await c.get('/api/health');
      assert.equal(down.status, 503);
      assert.deepEqual(down.body.checks, { database: false, queue: true });
    } finally {
      await t.server.close();
    }
  });
});
