import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { posts, postTargets, queueSlots } from '../../db/schema.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner, type Owner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { nextQueueSlot } from './next-queue-slot.ts';

describe('the next free queue slot', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  const zone = 'Asia/Bangkok';
  // A Monday, 00:00 in Bangkok.
  const from = new Date('2026-11-30T00:00:00+07:00');

  before(async () => {
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner, 'Brand', zone);
  });
  after(() => t.stop());

  const profile = (handle: string) => insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky', handle });
  const slots = (profileId: string, ...times: Array<[number, string]>) =>
    t.database.db.insert(queueSlots).values(times.map(([weekday, time]) => ({ profileId, workspaceId: ws, weekday, time })));

  it('names the profile without slots, and says when the profiles share none', async () => {
    const a = await profile('ana');
    const b = await profile('ben');
    await assert.rejects(nextQueueSlot(t.database.db, { workspaceId: ws, zone, profileIds: [a], after: from }), /ana has no posting slots/);
    await slots(a, [1, '09:00']);
    await slots(b, [2, '09:00']);
    await assert.rejects(nextQueueSlot(t.database.db, { workspaceId: ws, zone, profileIds: [a, b], after: from }), /share no posting slot/);
  });

  it('skips an instant taken by a scheduled post of any chosen profile, unless it is the post being moved', async () => {
    const a = await profile('cat');
    await slots(a, [1, '09:00'], [3, '09:00']);
    const monday = new Date('2026-11-30T09:00:00+07:00');
    const first = await nextQueueSlot(t.database.db, { workspaceId: ws, zone, profileIds: [a], after: from });
    assert.equal(first?.utc.toISOString(), monday.toISOString());
    const [post] = await t.database.db
      .insert(posts)
      .values({ organizationId: owner.organizationId, workspaceId: ws, status: 'scheduled', text: 'taken', scheduledAt: monday })
      .returning({ id: posts.id });
    await t.database.db.insert(postTargets).values({ postId: post!.id, workspaceId: ws, profileId: a, network: 'bluesky', text: 'taken', status: 'scheduled', marker: 'cnp-taken' });
    const next = await nextQueueSlot(t.database.db, { workspaceId: ws, zone, profileIds: [a], after: from });
    assert.equal(next?.local.date, '2026-12-02', 'Wednesday, as Monday is taken');
    const own = await nextQueueSlot(t.database.db, { workspaceId: ws, zone, profileIds: [a], after: from, exceptPostId: post!.id });
    assert.equal(own?.utc.toISOString(), monday.toISOString());
  });
});
