import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { postTargets } from '../../db/schema.ts';
import handlePublishTarget from '../../jobs/definitions/publish-target.handler.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';
import type { WorkspaceContext } from '../types.ts';
import { enterWorkspace } from '../workspaces/enter-workspace.ts';
import { createPost } from './create-post.ts';
import { deletePost } from './delete-post.ts';
import { scriptedPublisher } from './testing/scripted-publisher.ts';
import { updatePost } from './update-post.ts';

describe('rescheduling leaves no job behind that publishes', () => {
  let t: TestApp;
  let ws: WorkspaceContext;

  before(async () => {
    // No workers: the test runs the queued jobs itself, at the times it chooses.
    t = await startTestApp({}, 'web');
    const owner = await signUpOwner(t.url);
    const workspaceId = await createWorkspace(owner, 'Brand', 'Europe/Athens');
    ws = await enterWorkspace({ ...t.app, actor: { userId: owner.userId, organizationId: owner.organizationId, orgRole: 'owner' } }, workspaceId);
  });
  after(() => t.stop());

  const jobsOf = async (targetId: string) => {
    const result = (await t.database.db.execute(
      sql`select data from pgboss.job where name = 'publish-target-v1' and data->>'targetId' = ${targetId} order by start_after`,
    )) as unknown as { rows: Array<{ data: { targetId: string; at?: string } }> };
    return result.rows.map((r) => r.data);
  };
  const runAt = (at: Date, payload: { targetId: string; at?: string }) => handlePublishTarget({ ...t.app, now: () => at }, payload);

  it('the old job does nothing past the old time; the new one publishes once past the new time', async () => {
    const net = scriptedPublisher();
    t.app.networks.set('scripted', net.adapter);
    const profileId = await insertProfile(t, { organizationId: ws.workspace.organizationId, workspaceId: ws.workspace.id, network: 'scripted' });
    const first = new Date(Date.now() + 3600_000);
    const later = new Date(Date.now() + 3 * 3600_000);
    const postId = await createPost(ws, { profileIds: [profileId], text: 'moved', scheduledAt: first.toISOString() });
    await updatePost(ws, { postId, scheduledAt: later.toISOString() });
    const [target] = await t.database.db.select().from(postTargets).where(eq(postTargets.postId, postId));
    const jobs = await jobsOf(target!.id);
    assert.deepEqual(jobs.map((j) => j.at), [first.toISOString(), later.toISOString()], 'both jobs are queued, each for its instant');

    await runAt(new Date(first.getTime() + 60_000), jobs[0]!);
    assert.equal(net.calls.publish, 0, 'nothing published at the old time');
    assert.equal((await t.database.db.select().from(postTargets).where(eq(postTargets.id, target!.id)))[0]!.status, 'scheduled');

    await runAt(new Date(later.getTime() + 60_000), jobs[1]!);
    await runAt(new Date(later.getTime() + 120_000), jobs[0]!);
    assert.equal(net.calls.publish, 1, 'published once, at the new time');
    assert.equal((await t.database.db.select().from(postTargets).where(eq(postTargets.id, target!.id)))[0]!.status, 'published');
  });

  it('a job whose post went back to draft, or was deleted, does nothing', async () => {
    const net = scriptedPublisher();
    t.app.networks.set('scripted', net.adapter);
    const profileId = await insertProfile(t, { organizationId: ws.workspace.organizationId, workspaceId: ws.workspace.id, network: 'scripted' });
    const at = new Date(Date.now() + 3600_000);
    const postId = await createPost(ws, { profileIds: [profileId], text: 'unscheduled', scheduledAt: at.toISOString() });
    await updatePost(ws, { postId, draft: true });
    const [target] = await t.database.db.select().from(postTargets).where(eq(postTargets.postId, postId));
    const [job] = await jobsOf(target!.id);
    await runAt(new Date(at.getTime() + 60_000), job!);
    assert.equal((await t.database.db.select().from(postTargets).where(eq(postTargets.id, target!.id)))[0]!.status, 'draft');
    await deletePost(ws, { postId });
    await runAt(new Date(at.getTime() + 60_000), job!);
    assert.equal(net.calls.publish, 0);
  });
});
