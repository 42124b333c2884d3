import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { posts, postTargets, publishAttempts } from '../../db/schema.ts';
import { rateLimited, rejected, transient } from '../../networks/outcome.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner, type Owner } from '../../testing/people.ts';
import type { AppContext, WorkspaceContext } from '../types.ts';
import { enterWorkspace } from '../workspaces/enter-workspace.ts';
import { createPost } from './create-post.ts';
import { publishTarget } from './publish-target.ts';
import { scriptedPublisher, type ScriptedPublisher } from './testing/scripted-publisher.ts';

describe('publishing a target exactly once', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: WorkspaceContext;
  let net: ScriptedPublisher;
  let profileId: string;

  before(async () => {
    // No workers: these tests drive publishTarget by hand, with a clock they control.
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    const workspaceId = await createWorkspace(owner, 'Brand', 'Europe/Athens');
    ws = await enterWorkspace({ ...t.app, actor: { userId: owner.userId, organizationId: owner.organizationId, orgRole: 'owner' } }, workspaceId);
  });
  after(() => t.stop());
  beforeEach(async () => {
    net = scriptedPublisher();
    t.app.networks.set('scripted', net.adapter);
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws.workspace.id, network: 'scripted' });
  });

  let clock = Date.now();
  const at = (ms: number): AppContext => ({ ...t.app, now: () => new Date(clock + ms) });

  async function schedule(variants?: Record<string, { threadParts?: string[]; firstComment?: string }>): Promise<string> {
    const postId = await createPost(ws, { profileIds: [profileId], text: 'Νέο χαρμάνι ☕ ใหม่', schedule: { date: '2026-12-01', time: '09:00' }, ...(variants ? { variants } : {}) });
    const [target] = await t.database.db.select().from(postTargets).where(eq(postTargets.postId, postId));
    return target!.id;
  }
  const target = async (id: string) => (await t.database.db.select().from(postTargets).where(eq(postTargets.id, id)))[0]!;

  it('publishes a thread in order and its first comment after it, each once', async () => {
    const id = await schedule({ scripted: { threadParts: ['part two', 'part three'], firstComment: 'link in the first comment' } });
    assert.deepEqual(await publishTarget(at(0), { targetId: id, worker: 'w1' }), { kind: 'done' });
    assert.deepEqual(net.posts.map((p) => [p.text, p.replyTo]), [
      ['Νέο χαρμάνι ☕ ใหม่', null],
      ['part two', 'post-1'],
      ['part three', 'post-2'],
      ['link in the first comment', 'post-1'],
    ]);
    const done = await target(id);
    assert.equal(done.status, 'published');
    assert.equal(done.remoteId, 'post-1');
    // Running it again (a duplicate job) changes nothing.
    assert.deepEqual(await publishTarget(at(0), { targetId: id, worker: 'w2' }), { kind: 'busy' });
    assert.equal(net.posts.length, 4);
    const [post] = await t.database.db.select().from(posts).where(eq(posts.id, done.postId));
    assert.equal(post!.status, 'published');
    assert.equal(post!.scheduledTime, '09:00');
    assert.equal(post!.scheduledAt!.toISOString(), '2026-12-01T07:00:00.000Z');
  });

  it('never retries blindly after an unknown outcome: it finds the post that landed', async () => {
    const id = await schedule();
    net.next.push('lose_answer');
    const first = await publishTarget(at(0), { targetId: id, worker: 'w1' });
    assert.equal(first.kind, 'retry');
    // Too early to look: the network gets a moment to show the post.
    assert.equal((await publishTarget(at(1_000), { targetId: id, worker: 'w1' })).kind, 'retry');
    assert.deepEqual(await publishTarget(at(60_000), { targetId: id, worker: 'w1' }), { kind: 'done' });
    assert.equal(net.calls.publish, 1, 'published once');
    assert.equal(net.posts.length, 1);
    assert.equal((await target(id)).status, 'published');
    const ledger = await t.database.db.select().from(publishAttempts).where(eq(publishAttempts.targetId, id));
    assert.deepEqual(ledger.map((a) => a.outcome), ['unknown', 'found']);
  });

  it('after a worker died mid-call, looks first, and publishes only when the post is not there', async () => {
    const id = await schedule();
    // The dead worker wrote its ledger row and held the lease; it never finished.
    await t.database.db.insert(publishAttempts).values({ targetId: id, part: 0, startedAt: new Date(clock - 120_000) });
    await t.database.db.update(postTargets).set({ status: 'publishing', leaseOwner: 'dead', leaseUntil: new Date(clock + 600_000) }).where(eq(postTargets.id, id));
    assert.deepEqual(await publishTarget(at(0), { targetId: id, worker: 'w2' }), { kind: 'busy' }, 'the lease holds until it runs out');
    assert.deepEqual(await publishTarget(at(700_000), { targetId: id, worker: 'w2' }), { kind: 'done' });
    assert.equal(net.calls.find, 1);
    assert.equal(net.calls.publish, 1, 'not found, so published once');
    const ledger = await t.database.db.select().from(publishAttempts).where(eq(publishAttempts.targetId, id));
    assert.deepEqual(ledger.map((a) => a.outcome), [null, 'not_found', 'ok']);
  });

  it('backs off on transient errors, waits out rate limits, and fails with the network’s reason', async () => {
    const id = await schedule();
    net.next.push(transient('HTTP 503'));
    const backoff = await publishTarget(at(0), { targetId: id, worker: 'w1' });
    assert.equal(backoff.kind, 'retry');
    assert.ok(backoff.kind === 'retry' && backoff.at.getTime() >= clock + 15_000 && backoff.at.getTime() <= clock + 30_000);
    const until = new Date(clock + 900_000);
    net.next.push(rateLimited(until, 'Too many requests'));
    const waited = await publishTarget(at(60_000), { targetId: id, worker: 'w1' });
    assert.deepEqual(waited, { kind: 'retry', at: until, reason: 'Too many requests' });
    net.next.push(rejected('Duplicate content is not allowed'));
    assert.deepEqual(await publishTarget(at(1_000_000), { targetId: id, worker: 'w1' }), { kind: 'done' });
    const failed = await target(id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.failureReason, 'Duplicate content is not allowed');
    assert.equal(net.posts.length, 0);
  });
});

describe('a profile removed before its post was due', () => {
  it('can be removed, and the post fails with that reason instead of vanishing', async () => {
    const t = await startTestApp({}, 'web');
    try {
      const owner = await signUpOwner(t.url);
      const workspaceId = await createWorkspace(owner);
      const ws = await enterWorkspace({ ...t.app, actor: { userId: owner.userId, organizationId: owner.organizationId, orgRole: 'owner' } }, workspaceId);
      t.app.networks.set('scripted', scriptedPublisher().adapter);
      const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'scripted', handle: 'r' });
      const postId = await createPost(ws, { profileIds: [profileId], text: 'later', schedule: { date: '2027-01-05', time: '10:00' } });
      assert.equal((await owner.client.delete(`/api/v1/workspaces/${workspaceId}/profiles/${profileId}`)).status, 204);
      const [target] = await t.database.db.select().from(postTargets).where(eq(postTargets.postId, postId));
      assert.deepEqual(await publishTarget(t.app, { targetId: target!.id, worker: 'w' }), { kind: 'done' });
      const [after] = await t.database.db.select().from(postTargets).where(eq(postTargets.id, target!.id));
      assert.equal(after!.status, 'failed');
      assert.match(after!.failureReason ?? '', /profile was removed/);
      assert.equal((await t.database.db.select().from(posts).where(eq(posts.id, postId)))[0]!.status, 'failed');
    } finally {
      await t.stop();
    }
  });
});

describe('publishing through the queue', () => {
  it('publishes a post that is due, on its own, once', async () => {
    const t = await startTestApp();
    try {
      const owner = await signUpOwner(t.url);
      const workspaceId = await createWorkspace(owner, 'Brand', 'Asia/Bangkok');
      const ws = await enterWorkspace({ ...t.app, actor: { userId: owner.userId, organizationId: owner.organizationId, orgRole: 'owner' } }, workspaceId);
      const net = scriptedPublisher();
      t.app.networks.set('scripted', net.adapter);
      const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'scripted', handle: 'q' });
      // Due now: a time in the past is refused, and one within the minute's grace goes out at once.
      const postId = await createPost(ws, { profileIds: [profileId], text: 'due now', scheduledAt: new Date(Date.now() - 30_000).toISOString() });
      let status = '';
      for (let i = 0; i < 200 && status !== 'published'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await t.database.db.select().from(posts).where(eq(posts.id, postId)))[0]!.status;
      }
      assert.equal(status, 'published');
      assert.equal(net.calls.publish, 1);
    } finally {
      await t.stop();
    }
  });
});
