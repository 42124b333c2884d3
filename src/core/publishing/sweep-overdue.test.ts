import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { notifications, posts, postTargets } from '../../db/schema.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner } from '../../testing/people.ts';
import { resendPublish } from './publish-queue.ts';
import { sweepOverdue } from './sweep-overdue.ts';
import { scriptedPublisher } from './testing/scripted-publisher.ts';

/** A workspace with the scripted network and profiles on it, and a way to make posts five minutes past due with no job. */
async function overdueWorld(t: TestApp, handles: string[]) {
  const owner = await signUpOwner(t.url);
  const workspaceId = await createWorkspace(owner);
  const net = scriptedPublisher();
  t.app.networks.set('scripted', net.adapter);
  const profileIds: string[] = [];
  for (const handle of handles) profileIds.push(await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'scripted', handle }));
  const overduePost = async (marker: string) => {
    const [post] = await t.database.db
      .insert(posts)
      .values({ organizationId: owner.organizationId, workspaceId, authorId: owner.userId, status: 'scheduled', text: 'late', scheduledAt: new Date(Date.now() - 5 * 60_000) })
      .returning({ id: posts.id });
    const targets = await t.database.db
      .insert(postTargets)
      .values(profileIds.map((profileId, i) => ({ postId: post!.id, workspaceId, profileId, network: 'scripted', text: 'late', status: 'scheduled' as const, marker: `${marker}-${i}` })))
      .returning({ id: postTargets.id });
    return { postId: post!.id, targetIds: targets.map((x) => x.id) };
  };
  const told = async () => (await t.database.db.select().from(notifications).where(eq(notifications.kind, 'post.overdue'))).map((n) => n.userId);
  return { owner, net, overduePost, told };
}

describe('overdue posts', () => {
  it('a due post whose job was lost is published by the sweep, and people are told once', async () => {
    const t = await startTestApp();
    try {
      const { owner, net, overduePost, told } = await overdueWorld(t, ['o']);
      // A post that is due, with no job: as if its job had been lost.
      const post = await overduePost('cnp-overdue');

      assert.equal(await sweepOverdue(t.app), 1);
      let status = '';
      for (let i = 0; i < 200 && status !== 'published'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await t.database.db.select().from(posts).where(eq(posts.id, post.postId)))[0]!.status;
      }
      assert.equal(status, 'published');
      assert.equal(net.calls.publish, 1);
      assert.equal(await sweepOverdue(t.app), 0, 'nothing is overdue any more');
      assert.deepEqual(await told(), [owner.userId]);
    } finally {
      await t.stop();
    }
  });

  it('a target whose job is still waiting its turn is left to it, and a post with two overdue targets is told of once', async () => {
    const t = await startTestApp();
    try {
      const { owner, overduePost, told } = await overdueWorld(t, ['a', 'b']);
      // A burst still going out: each target has a job that has not run yet.
      const waiting = await overduePost('cnp-waiting');
      for (const targetId of waiting.targetIds) await resendPublish(t.app, { targetId, startAfter: new Date(Date.now() + 3_600_000) });
      assert.equal(await sweepOverdue(t.app), 0);

      await overduePost('cnp-lost');
      assert.equal(await sweepOverdue(t.app), 2);
      assert.deepEqual(await told(), [owner.userId]);
    } finally {
      await t.stop();
    }
  });
});
