import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents, postDecisions, posts, postTargets } from '../../../db/schema.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';

interface PostBody {
  id: string;
  status: string;
  text: string;
  tags: string[];
  schedule: { date: string; time: string; zone: string; at: string } | null;
  targets: Array<{ id: string; profileId: string; network: string; text: string; status: string }>;
}

describe('changing and deleting posts', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let bluesky: string;
  let mastodon: string;
  const url = () => `/api/v1/workspaces/${ws}/posts`;

  before(async () => {
    // Web only: nothing publishes, so posts stay as these tests leave them.
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner, 'Brand', 'Europe/Athens');
    bluesky = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky' });
    mastodon = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'mastodon' });
  });
  after(() => t.stop());

  const schedule = { date: '2026-12-10', time: '09:00' };

  it('reschedules a scheduled post, changes its text and profiles, and keeps a variant’s own text', async () => {
    const created = await owner.client.post<PostBody>(url(), { profileIds: [bluesky], text: 'one', variants: { bluesky: { text: 'own text' } }, schedule });
    const changed = await owner.client.patch<PostBody>(`${url()}/${created.body.id}`, { schedule: { date: '2026-12-11', time: '18:30' }, text: 'two', profileIds: [bluesky, mastodon], tags: ['x'] });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.status, 'scheduled');
    assert.deepEqual(changed.body.schedule, { date: '2026-12-11', time: '18:30', zone: 'Europe/Athens', at: '2026-12-11T16:30:00.000Z' });
    assert.deepEqual(changed.body.targets.map((x) => [x.network, x.text, x.status]), [
      ['bluesky', 'own text', 'scheduled'],
      ['mastodon', 'two', 'scheduled'],
    ]);
    const dropped = await owner.client.patch<PostBody>(`${url()}/${created.body.id}`, { profileIds: [mastodon] });
    assert.deepEqual(dropped.body.targets.map((x) => x.network), ['mastodon']);
    const past = await owner.client.patch<{ detail: string }>(`${url()}/${created.body.id}`, { scheduledAt: '2020-01-01T00:00:00Z' });
    assert.equal(past.status, 400);
    assert.match(past.body.detail, /future/);
  });

  it('takes a scheduled post back to draft when someone whose posts need approval edits it', async () => {
    const creator = await addMember(owner, ws, 'content_creator', 'creator');
    const draft = await creator.client.post<PostBody>(url(), { profileIds: [bluesky], text: 'mine', schedule, draft: true });
    // As if approved: scheduled, with its author unchanged.
    await t.database.db.update(posts).set({ status: 'scheduled' }).where(eq(posts.id, draft.body.id));
    await t.database.db.update(postTargets).set({ status: 'scheduled' }).where(eq(postTargets.postId, draft.body.id));
    const edited = await creator.client.patch<PostBody>(`${url()}/${draft.body.id}`, { text: 'mine, better' });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.status, 'draft');
    assert.deepEqual(edited.body.targets.map((x) => x.status), ['draft']);
    assert.equal(edited.body.schedule?.time, '09:00', 'the planned time stays for the next submission');
    // Nor can they schedule it themselves.
    const schedule403 = await creator.client.patch(`${url()}/${draft.body.id}`, { draft: false });
    assert.equal(schedule403.status, 403);
    // Someone else's post is not theirs to change, nor to delete.
    const others = await owner.client.post<PostBody>(url(), { profileIds: [bluesky], text: 'owner', draft: true });
    assert.equal((await creator.client.patch(`${url()}/${others.body.id}`, { text: 'hijack' })).status, 403);
    assert.equal((await creator.client.delete(`${url()}/${others.body.id}`)).status, 403);
  });

  it('records an approver’s edit of a post awaiting approval as a decision with each field before and after', async () => {
    const creator = await addMember(owner, ws, 'content_creator', 'writer');
    const draft = await creator.client.post<PostBody>(url(), { profileIds: [bluesky], text: 'please approve', schedule, draft: true });
    await t.database.db.update(posts).set({ status: 'pending_approval', approvalStep: 0, submittedBy: creator.userId, submittedAt: new Date() }).where(eq(posts.id, draft.body.id));
    const edited = await owner.client.patch<PostBody>(`${url()}/${draft.body.id}`, { text: 'approved wording', tags: ['fixed'] });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.status, 'pending_approval');
    const [decision] = await t.database.db.select().from(postDecisions).where(eq(postDecisions.postId, draft.body.id));
    assert.equal(decision!.decision, 'edited');
    assert.equal(decision!.actorId, owner.userId);
    assert.deepEqual(decision!.changes!.text, { before: 'please approve', after: 'approved wording' });
    assert.deepEqual(decision!.changes!.tags, { before: [], after: ['fixed'] });
    assert.ok(decision!.changes!.targets, 'the target’s text changed with it');
    const audited = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, draft.body.id), eq(auditEvents.action, 'post.edited_in_review')));
    assert.equal(audited.length, 1);
  });

  it('refuses to change or delete what has gone out, and deletes what has not', async () => {
    const created = await owner.client.post<PostBody>(url(), { profileIds: [bluesky, mastodon], text: 'out', schedule });
    await t.database.db.update(postTargets).set({ status: 'published' }).where(eq(postTargets.id, created.body.targets[0]!.id));
    await t.database.db.update(postTargets).set({ status: 'failed', failureReason: 'The network refused it' }).where(eq(postTargets.id, created.body.targets[1]!.id));
    await t.database.db.update(posts).set({ status: 'partially_published' }).where(eq(posts.id, created.body.id));
    const patch = await owner.client.patch<{ detail: string }>(`${url()}/${created.body.id}`, { text: 'changed' });
    assert.equal(patch.status, 409);
    assert.match(patch.body.detail, /stays on record/);
    const del = await owner.client.delete<{ detail: string }>(`${url()}/${created.body.id}`);
    assert.equal(del.status, 409);
    assert.match(del.body.detail, /published posts stay on record/);

    const draft = await owner.client.post<PostBody>(url(), { profileIds: [bluesky], text: 'gone', schedule });
    assert.equal((await owner.client.delete(`${url()}/${draft.body.id}`)).status, 204);
    assert.equal((await owner.client.get(`${url()}/${draft.body.id}`)).status, 404);
    assert.equal((await t.database.db.select().from(postTargets).where(eq(postTargets.postId, draft.body.id))).length, 0);
  });

  it('tries a failed target again: back to scheduled now, and only a failed one', async () => {
    const created = await owner.client.post<PostBody>(url(), { profileIds: [bluesky, mastodon], text: 'retry me', schedule });
    const [ok, bad] = created.body.targets;
    await t.database.db.update(postTargets).set({ status: 'published' }).where(eq(postTargets.id, ok!.id));
    await t.database.db.update(postTargets).set({ status: 'failed', failureReason: 'down' }).where(eq(postTargets.id, bad!.id));
    await t.database.db.update(posts).set({ status: 'partially_published' }).where(eq(posts.id, created.body.id));
    const notFailed = await owner.client.post(`${url()}/${created.body.id}/targets/${ok!.id}/retry`, {});
    assert.equal(notFailed.status, 409);
    const retried = await owner.client.post<PostBody>(`${url()}/${created.body.id}/targets/${bad!.id}/retry`, {});
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    assert.equal(retried.body.targets.find((x) => x.id === bad!.id)!.status, 'scheduled');
    assert.equal(retried.body.status, 'partially_published', 'the post shows its failure until the target publishes');
    const jobs = (await t.database.db.execute(
      sql`select count(*)::int as n from pgboss.job where name = 'publish-target-v1' and data->>'targetId' = ${bad!.id} and data->>'at' is null`,
    )) as unknown as { rows: Array<{ n: number }> };
    assert.equal(jobs.rows[0]!.n, 1, 'a job is waiting for it');
  });

  it('puts a draft into the next free posting slot', async () => {
    const draft = await owner.client.post<PostBody>(url(), { profileIds: [mastodon], text: 'queue me', draft: true });
    const noSlots = await owner.client.post<{ detail: string }>(`${url()}/${draft.body.id}/queue`, {});
    assert.equal(noSlots.status, 400);
    assert.match(noSlots.body.detail, /no posting slots/);
    const put = await owner.client.request('PUT', `/api/v1/workspaces/${ws}/profiles/${mastodon}/queue-slots`, { slots: [{ weekday: 3, time: '12:30' }] });
    assert.equal(put.status, 200);
    const queued = await owner.client.post<PostBody>(`${url()}/${draft.body.id}/queue`, {});
    assert.equal(queued.status, 200, JSON.stringify(queued.body));
    assert.equal(queued.body.status, 'scheduled');
    assert.equal(queued.body.schedule?.time, '12:30');
    const again = await owner.client.post(`${url()}/${draft.body.id}/queue`, {});
    assert.equal(again.status, 409, 'a scheduled post is not a draft');
  });
});
