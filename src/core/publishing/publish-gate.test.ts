import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { posts, postTargets } from '../../db/schema.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { stillDue } from './publish-gate.ts';

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

    assert.equal(await stillDue(t.app, target!.id, due), true, 'still due at that instant');
    assert.equal(await stillDue(t.app, target!.id, undefined), true, 'a job for no instant is not about time');
    await t.database.db.update(posts).set({ scheduledAt: new Date(due.getTime() + 3600_000) }).where(eq(posts.id, post!.id));
    assert.equal(await stillDue(t.app, target!.id, due), false);
    const [back] = await t.database.db.select().from(postTargets).where(eq(postTargets.id, target!.id));
    assert.deepEqual([back!.status, back!.leaseOwner, back!.leaseUntil], ['scheduled', null, null]);
  });
});
