import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testSettings } from '../../config/index.ts';
import { assertExactlyOnce, prepareFaultRun, SURVIVABLE_FAULTS, waitSettled } from './testing/fault-run.ts';
import { auditPublishing, scheduleMany } from './testing/publish-audit.ts';

const POSTS = 300;
const KILLS = 3;

// Worker processes share one database, which PGlite (one process's own database) cannot be. This
// runs when the suite runs on PostgreSQL; publish-faults-in-process.test.ts covers the same faults
// within one process on both databases.
describe('publishing exactly once through crashes (PostgreSQL only: worker processes)', () => {
  if (testSettings().databaseUrl === undefined) return;

  it('2 worker processes, killed with SIGKILL at random and restarted, while the network drops answers: 300 posts, each published once', { timeout: 170_000 }, async () => {
    const run = await prepareFaultRun();
    assert.equal(run.t.database.kind, 'postgres');
    const fleet = run.fleet(2);
    try {
      // Each call takes 40 ms, as a network's round trip does, so the kills land mid-publish.
      run.network.plan = { ...SURVIVABLE_FAULTS, latencyMs: 40 };
      await fleet.start();
      // The workers take posts as they are made, and KILLS of them die at random moments meanwhile.
      const killing = (async () => {
        for (let k = 0; k < KILLS; k++) {
          await new Promise((r) => setTimeout(r, 1_000 + Math.random() * 3_000));
          await fleet.killOne();
        }
      })();
      const targetIds = await scheduleMany(run.ws, { profileIds: run.profileIds, count: POSTS, at: 'now' });
      await killing;
      await waitSettled(run, targetIds, 120_000);
      assert.equal(fleet.kills, KILLS, 'workers were killed');
      assert.deepEqual(fleet.restartFailures, [], 'every killed worker came back');
      assertExactlyOnce(await auditPublishing(run.t.database.db, run.network, targetIds), run.network, POSTS);
    } finally {
      await fleet.stop();
      await run.stop();
    }
  });
});
