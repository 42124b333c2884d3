import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { postTargets } from '../../db/schema.ts';
import { JobQueue } from '../../jobs/queue.ts';
import { startAttempt } from './ledger.ts';
import { PUBLISH_QUEUE } from './publish-queue.ts';
import { assertExactlyOnce, prepareFaultRun, SURVIVABLE_FAULTS, waitSettled } from './testing/fault-run.ts';
import { auditPublishing, scheduleMany } from './testing/publish-audit.ts';

const POSTS = 150;
const ABANDONED = 20;

describe('publishing exactly once through crashes, in one process (PGlite and PostgreSQL)', () => {
  it('jobs abandoned mid-publish (leases held, ledger rows open, half of their posts already on the network) are finished once, while the network drops answers', { timeout: 170_000 }, async () => {
    const run = await prepareFaultRun();
    let workers: JobQueue | undefined;
    try {
      const targetIds = await scheduleMany(run.ws, { profileIds: run.profileIds, count: POSTS, at: 'now' });
      // What a worker killed mid-publish leaves: its jobs active, its targets leased, each with a
      // ledger row and no outcome; half of those posts reached the network before it died.
      const abandoned = await run.t.queue.boss.fetch(PUBLISH_QUEUE, { batchSize: ABANDONED });
      assert.equal(abandoned.length, ABANDONED);
      for (const [n, job] of abandoned.entries()) {
        const targetId = (job.data as { targetId: string }).targetId;
        const [target] = await run.t.database.db
          .update(postTargets)
          .set({ status: 'publishing', leaseOwner: 'a worker that died', leaseUntil: new Date(Date.now() + 30_000) })
          .where(eq(postTargets.id, targetId))
          .returning();
        await startAttempt(run.t.database.db, { targetId, part: 0, now: new Date() });
        if (n % 2 === 0) {
          const res = await fetch(`${run.network.url}/posts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ marker: target!.marker, text: target!.text }) });
          assert.equal(res.status, 200);
        }
      }
      run.network.plan = SURVIVABLE_FAULTS;
      workers = await JobQueue.start(run.t.database, run.t.app.log, { runWorkers: true, now: () => run.t.app.now(), app: run.t.app });
      await waitSettled(run, targetIds, 100_000);
      assertExactlyOnce(await auditPublishing(run.t.database.db, run.network, targetIds), run.network, POSTS);
      assert.ok(run.network.calls.find >= ABANDONED, 'every abandoned target was looked for before it was published again');
    } finally {
      await workers?.stop();
      await run.stop();
    }
  });
});
