import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents, notifications, postTargets } from '../../../db/schema.ts';
import { sweepOverdue } from '../../../core/publishing/sweep-overdue.ts';
import { scriptedPublisher, type ScriptedPublisher } from '../../../core/publishing/testing/scripted-publisher.ts';
import { until } from '../../../testing/until.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';

interface PostBody {
  id: string;
  status: string;
  schedule: { date: string; time: string; at: string } | null;
  targets: Array<{ id: string; status: string }>;
}
interface State {
  paused: { at: string; by: { id: string; name: string } | null; reason: string } | null;
  overdue: number;
  stuck: PostBody[];
}

describe('pausing all publishing', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let net: ScriptedPublisher;
  let profileId: string;
  let base: string;

  before(async () => {
    // With workers: due posts are taken by the real queue.
    t = await startTestApp();
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner, 'Brand', 'Europe/Athens');
    base = `/api/v1/workspaces/${ws}`;
    net = scriptedPublisher();
    t.app.networks.set('scripted', net.adapter);
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted' });
  });
  after(() => t.stop());

  /** A post due in a moment, and the wait until the worker has run its job. */
  const postFallingDue = async (text: string): Promise<PostBody> => {
    const created = await owner.client.post<PostBody>(`${base}/posts`, { profileIds: [profileId], text, scheduledAt: new Date(Date.now() + 1_000).toISOString() });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await until('the job to run', async () => {
      const done = (await t.database.db.execute(
        sql`select count(*)::int as n from pgboss.job where name = 'publish-target-v1' and data->>'targetId' = ${created.body.targets[0]!.id} and state = 'completed'`,
      )) as unknown as { rows: Array<{ n: number }> };
      return done.rows[0]!.n > 0;
    });
    return created.body;
  };
  const post = async (id: string) => (await owner.client.get<PostBody>(`${base}/posts/${id}`)).body;

  it('only a manager or above may pause, and must say why', async () => {
    const creator = await addMember(owner, ws, 'content_creator', 'creator');
    assert.equal((await creator.client.post(`${base}/publishing/pause`, { reason: 'no' })).status, 403);
    assert.equal((await owner.client.post(`${base}/publishing/pause`, { reason: ' ' })).status, 400);
    assert.equal((await owner.client.post(`${base}/publishing/pause`, { reason: 'x'.repeat(501) })).status, 400);
    assert.equal((await owner.client.post(`${base}/publishing/resume`, { overdue: 'publish_now' })).status, 409, 'nothing to resume');
  });

  it('publishes nothing while paused, and publishes the overdue post on "publish now"', async () => {
    const manager = await addMember(owner, ws, 'manager', 'manager');
    const paused = await owner.client.post<State>(`${base}/publishing/pause`, { reason: 'A crisis: hold everything' });
    assert.equal(paused.status, 200, JSON.stringify(paused.body));
    assert.equal(paused.body.paused?.reason, 'A crisis: hold everything');
    assert.equal(paused.body.paused?.by?.id, owner.userId);
    assert.equal((await owner.client.post(`${base}/publishing/pause`, { reason: 'again' })).status, 409);

    const due = await postFallingDue('held');
    assert.equal(net.calls.publish, 0, 'nothing published while paused');
    assert.equal((await post(due.id)).targets[0]!.status, 'scheduled');
    assert.equal(await sweepOverdue({ ...t.app, now: () => new Date(Date.now() + 10 * 60_000) }), 0, 'the sweep leaves a paused workspace alone');
    const state = await owner.client.get<State>(`${base}/publishing`);
    assert.equal(state.body.overdue, 1);
    assert.deepEqual(state.body.stuck, []);

    const resumed = await manager.client.post<{ publishedNow: number }>(`${base}/publishing/resume`, { overdue: 'publish_now' });
    assert.equal(resumed.status, 200, JSON.stringify(resumed.body));
    assert.equal(resumed.body.publishedNow, 1);
    await until('the post to be published', async () => (await post(due.id)).status === 'published');
    assert.equal(net.calls.publish, 1);
    assert.equal((await owner.client.get<State>(`${base}/publishing`)).body.paused, null);

    const told = await t.database.db.select().from(notifications).where(eq(notifications.workspaceId, ws));
    for (const kind of ['publishing.paused', 'publishing.resumed']) {
      assert.deepEqual(told.filter((n) => n.kind === kind).map((n) => n.userId).sort(), [owner.userId, manager.userId].sort(), kind);
    }
    const audited = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.targetType, 'workspace')));
    assert.deepEqual(audited.map((a) => a.action).filter((a) => a.startsWith('publishing.')).sort(), ['publishing.paused', 'publishing.resumed']);
  });

  it('moves the overdue post into its next free slot on "queue", or to draft when its profile has none', async () => {
    const bare = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted', handle: 'bare' });
    await owner.client.request('PUT', `${base}/profiles/${profileId}/queue-slots`, { slots: [{ weekday: 2, time: '11:00' }] });
    await owner.client.post(`${base}/publishing/pause`, { reason: 'review' });
    const queued = await postFallingDue('to the queue');
    const noSlots = await owner.client.post<PostBody>(`${base}/posts`, { profileIds: [bare], text: 'no slots', scheduledAt: new Date(Date.now() + 1_000).toISOString() });
    await until('its time to pass', async () => Date.parse(noSlots.body.schedule!.at) < Date.now());
    const resumed = await owner.client.post<{ queued: number; drafted: Array<{ postId: string; reason: string }> }>(`${base}/publishing/resume`, { overdue: 'queue' });
    assert.equal(resumed.status, 200, JSON.stringify(resumed.body));
    assert.equal(resumed.body.queued, 1);
    assert.deepEqual(resumed.body.drafted.map((d) => d.postId), [noSlots.body.id]);
    assert.match(resumed.body.drafted[0]!.reason, /no posting slots/);
    const moved = await post(queued.id);
    assert.equal(moved.status, 'scheduled');
    assert.equal(moved.schedule?.time, '11:00');
    assert.ok(Date.parse(moved.schedule!.at) > Date.now());
    assert.equal((await post(noSlots.body.id)).status, 'draft');
    assert.equal(net.calls.publish, 1, 'still only the first post');
  });

  it('takes the overdue post back to draft on "draft"', async () => {
    await owner.client.post(`${base}/publishing/pause`, { reason: 'review' });
    const due = await postFallingDue('back to draft');
    const resumed = await owner.client.post<{ drafted: Array<{ postId: string }> }>(`${base}/publishing/resume`, { overdue: 'draft' });
    assert.deepEqual(resumed.body.drafted.map((d) => d.postId), [due.id]);
    const drafted = await post(due.id);
    assert.equal(drafted.status, 'draft');
    assert.deepEqual(drafted.targets.map((x) => x.status), ['draft']);
    const targets = await t.database.db.select().from(postTargets).where(eq(postTargets.postId, due.id));
    assert.equal(targets[0]!.publishedAt, null);
    assert.equal(net.calls.publish, 1);
  });
});
