import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { posts, postTargets } from '../../db/schema.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { claimTarget, stillDue } from './claim-target.ts';

describe('a claim made for a due instant', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({}, 'web');
  });
  after(() => t.stop());

  it('is handed back, still scheduled, when the post was moved while the claim waited', async () => {
    const owner = await signUpOwner(t.url);
    const workspaceId = await createWorkspace(owner);
    const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'scripted' });
    const due = new Date(Date.now() + 3600_000);
    const [post] = await t.database.db
      .insert(posts)
      .values({ organizationId: owner.organizationId, workspaceId, status: 'scheduled', text: 'x', scheduledAt: due })
      .returning({ id: posts.id });
    // As a claim leaves it: taken by a worker.
    const [target] = await t.database.db
      .insert(postTargets)
      .values({ postId: post!.id, workspaceId, profileId, network: 'scripted', text: 'x', status: 'publishing', marker: 'cnp-gate', leaseOwner: 'w1', leaseUntil: new Date(Date.now() + 60_000) })
      .returning({ id: postTargets.id });

    const db = t.database.db;
    assert.deepEqual(await stillDue(db, [target!.id], due), [target!.id], 'still due at that instant');
    assert.deepEqual(await stillDue(db, [target!.id], undefined), [target!.id], 'a job for no instant is not about time');
    await db.update(posts).set({ scheduledAt: new Date(due.getTime() + 3600_000) }).where(eq(posts.id, post!.id));
    assert.deepEqual(await stillDue(db, [target!.id], due), []);
    const [back] = await t.database.db.select().from(postTargets).where(eq(postTargets.id, target!.id));
    assert.deepEqual([back!.status, back!.leaseOwner, back!.leaseUntil], ['scheduled', null, null]);
  });

  it('claims a burst due together in shared statements, each target for one worker only', async () => {
    const owner = await signUpOwner(t.url);
    const workspaceId = await createWorkspace(owner);
    const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'scripted' });
    const db = t.database.db;
    const due = new Date(Date.now() + 3600_000);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const [post] = await db.insert(posts).values({ organizationId: owner.organizationId, workspaceId, status: 'scheduled', text: `burst ${i}`, scheduledAt: due }).returning({ id: posts.id });
      const [target] = await db
        .insert(postTargets)
        .values({ postId: post!.id, workspaceId, profileId, network: 'scripted', text: `burst ${i}`, status: 'scheduled', marker: `cnp-burst-${i}` })
        .returning({ id: postTargets.id });
      ids.push(target!.id);
    }
    // One post of the burst was moved to another time: its job's claim finds nothing to do.
    const moved = ids[7]!;
    const [movedTarget] = await db.select({ postId: postTargets.postId }).from(postTargets).where(eq(postTargets.id, moved));
    await db.update(posts).set({ scheduledAt: new Date(due.getTime() + 60_000) }).where(eq(posts.id, movedTarget!.postId));

    const now = new Date();
    // Two workers reach for every target at once, as duplicate jobs would.
    const claims = await Promise.all(
      ['w1', 'w2'].flatMap((worker) => ids.map((targetId) => claimTarget(db, { targetId, worker, dueAt: due, now, leaseMs: 30_000 }))),
    );
    const won = claims.filter((c) => c !== null);
    assert.equal(won.length, ids.length - 1, 'every target but the moved one is claimed exactly once');
    assert.equal(new Set(won.map((c) => c.target.id)).size, won.length);
    assert.ok(!won.some((c) => c.target.id === moved));
    assert.ok(won.every((c) => c.target.status === 'publishing' && !c.hasAttempts && !c.hasMedia && !c.hasLinkWork));
    const [back] = await db.select({ status: postTargets.status, leaseOwner: postTargets.leaseOwner }).from(postTargets).where(eq(postTargets.id, moved));
    assert.deepEqual(back, { status: 'scheduled', leaseOwner: null });
  });
});
