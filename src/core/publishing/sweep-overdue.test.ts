import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { notifications, posts, postTargets } from '../../db/schema.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { startTestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner } from '../../testing/people.ts';
import { sweepOverdue } from './sweep-overdue.ts';
import { scriptedPublisher } from './testing/scripted-publisher.ts';

describe('overdue posts', () => {
  it('a due post whose job was lost is published by the sweep, and people are told once', async () => {
    const t = await startTestApp();
    try {
      const owner = await signUpOwner(t.url);
      const workspaceId = await createWorkspace(owner);
      const net = scriptedPublisher();
      t.app.networks.set('scripted', net.adapter);
      const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'scripted', handle: 'o' });
      // A post that is due, with no job: as if its job had been lost.
      const [post] = await t.database.db
        .insert(posts)
        .values({ organizationId: owner.organizationId, workspaceId, authorId: owner.userId, status: 'scheduled', text: 'late', scheduledAt: new Date(Date.now() - 5 * 60_000) })
        .returning({ id: posts.id });
      await t.database.db
        .insert(postTargets)
        .values({ postId: post!.id, workspaceId, profileId: profileId, network: 'scripted', text: 'late', status: 'scheduled', marker: 'cnp-overdue' });

      assert.equal(await sweepOverdue(t.app), 1);
      let status = '';
      for (let i = 0; i < 200 && status !== 'published'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await t.database.db.select().from(posts).where(eq(posts.id, post!.id)))[0]!.status;
      }
      assert.equal(status, 'published');
      assert.equal(net.calls.publish, 1);
      assert.equal(await sweepOverdue(t.app), 0, 'nothing is overdue any more');
      const told = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'post.overdue'));
      assert.deepEqual(told.map((n) => n.userId), [owner.userId]);
    } finally {
      await t.stop();
    }
  });
});
