import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { postTargets } from '../../db/schema.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { enterWorkspace } from '../workspaces/enter-workspace.ts';
import { createPost } from './create-post.ts';
import { keepLease } from './keep-lease.ts';

describe('keeping a publish lease', () => {
  let t: TestApp;
  let targetId: string;
  const leaseOf = async () => (await t.database.db.select().from(postTargets).where(eq(postTargets.id, targetId)))[0]!;

  before(async () => {
    t = await startTestApp({}, 'web');
    const owner = await signUpOwner(t.url);
    const workspaceId = await createWorkspace(owner);
    const ws = await enterWorkspace({ ...t.app, actor: { userId: owner.userId, organizationId: owner.organizationId, orgRole: 'owner' } }, workspaceId);
    const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'mastodon' });
    const postId = await createPost(ws, { profileIds: [profileId], text: 'later', schedule: { date: '2030-01-05', time: '10:00' } });
    targetId = (await t.database.db.select().from(postTargets).where(eq(postTargets.postId, postId)))[0]!.id;
  });
  after(() => t.stop());

  it('renews the holder’s lease while it works, and stops when told', async () => {
    const start = new Date();
    await t.database.db.update(postTargets).set({ leaseOwner: 'w1', leaseUntil: start }).where(eq(postTargets.id, targetId));
    const stop = keepLease(t.app, { targetId, worker: 'w1', leaseMs: 300 });
    await sleep(400);
    const renewed = (await leaseOf()).leaseUntil!;
    assert.ok(renewed > start, 'the lease was pushed forward');
    stop();
    await sleep(250);
    const settled = (await leaseOf()).leaseUntil!;
    await sleep(250);
    assert.deepEqual((await leaseOf()).leaseUntil, settled, 'no renewal after stop');
  });

  it('never renews a lease another worker holds', async () => {
    const theirs = new Date(Date.now() + 5_000);
    await t.database.db.update(postTargets).set({ leaseOwner: 'w2', leaseUntil: theirs }).where(eq(postTargets.id, targetId));
    const stop = keepLease(t.app, { targetId, worker: 'w1', leaseMs: 300 });
    await sleep(400);
    stop();
    const lease = await leaseOf();
    assert.equal(lease.leaseOwner, 'w2');
    assert.deepEqual(lease.leaseUntil, theirs);
  });
});
