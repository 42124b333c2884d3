import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { inboxCursors, inboxItems, posts, postTargets } from '../../../db/schema.ts';
import { pollInbox } from '../../../core/inbox/poll-inbox.ts';
import { scriptedInbox, type ScriptedInbox } from '../../../core/inbox/testing/scripted-inbox.ts';
import type { InboxItem } from '../../../networks/adapter.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';

interface ItemBody {
  id: string;
  kind: string;
  status: string;
  assigneeId: string | null;
  tags: string[];
  text: string;
  postTargetId: string | null;
  firstResponseSeconds: number | null;
  completedAt: string | null;
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const item = (n: number, over: Partial<InboxItem> = {}): InboxItem => ({
  remoteId: `item-${n}`,
  kind: 'comment',
  threadId: 'thread-1',
  author: { remoteId: `fan-${n}`, handle: `fan${n}.example`, displayName: `Fan ${n}` },
  text: `comment ${n}`,
  createdAt: minutesAgo(n),
  ...over,
});

describe('the inbox', () => {
  let t: TestApp;
  let net: ScriptedInbox;
  let owner: Owner;
  let ws: string;
  let profileId: string;
  let base: string;
  before(async () => {
    t = await startTestApp({}, 'web');
    net = scriptedInbox('scripted_inbox');
    t.app.networks.set('scripted_inbox', net.adapter);
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted_inbox' });
    base = `/api/v1/workspaces/${ws}/inbox`;
  });
  after(() => t.stop());

  it('reads comments and mentions once each, threads them, and links a reply to the post it answers', async () => {
    const [post] = await t.database.db.insert(posts).values({ organizationId: owner.organizationId, workspaceId: ws, status: 'published', text: 'Our launch' }).returning();
    await t.database.db
      .insert(postTargets)
      .values({ postId: post!.id, workspaceId: ws, profileId, network: 'scripted_inbox', text: 'Our launch', status: 'published', marker: 'cnp-inbox', remoteId: 'thread-1' });
    net.items.push(
      item(1, { text: 'Одличан производ! Где могу да га купим?', parentRemoteId: 'thread-1' }),
      item(2, { kind: 'mention', remoteId: 'mention-2', threadId: 'mention-2', text: 'Δείτε το νέο προϊόν της @brand' }),
      item(3, { text: 'second comment in the thread', parentRemoteId: 'item-1' }),
    );
    assert.equal((await pollInbox(t.app, profileId)).added, 3);
    assert.equal((await pollInbox(t.app, profileId)).added, 0, 'a second read stores nothing twice');
    net.items.push(item(0, { remoteId: 'item-new', text: 'a new one' }));
    assert.equal((await pollInbox(t.app, profileId)).added, 1);

    const list = await owner.client.get<{ items: ItemBody[] }>(base);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((i) => i.text), ['a new one', 'Одличан производ! Где могу да га купим?', 'Δείτε το νέο προϊόν της @brand', 'second comment in the thread']);
    const first = list.body.items[1]!;
    assert.ok(first.postTargetId, 'the reply to our post is linked to it');
    const mentions = await owner.client.get<{ items: ItemBody[] }>(`${base}?kind=mention`);
    assert.deepEqual(mentions.body.items.map((i) => i.kind), ['mention']);

    const detail = await owner.client.get<{ conversation: ItemBody[]; post: { text: string } | null }>(`${base}/${first.id}`);
    // Oldest first: the whole thread on this profile.
    assert.deepEqual(detail.body.conversation.map((i) => i.text), ['second comment in the thread', 'Одличан производ! Где могу да га купим?', 'a new one']);
    assert.equal(detail.body.post?.text, 'Our launch');
  });

  it('lets the community manager assign, tag, answer and complete an item, and filters by each', async () => {
    const manager = await addMember(owner, ws, 'community_manager');
    const care = await addMember(owner, ws, 'community_manager');
    const viewer = await addMember(owner, ws, 'analyst');
    const [target] = (await manager.client.get<{ items: ItemBody[] }>(`${base}?kind=mention`)).body.items;

    const stranger = await manager.client.post<{ code: string }>(`${base}/${target!.id}/assign`, { userId: crypto.randomUUID() });
    assert.equal(stranger.status, 400);
    assert.equal(stranger.body.code, 'validation_failed');
    assert.equal((await manager.client.post(`${base}/${target!.id}/assign`, { userId: viewer.userId })).status, 400, 'an analyst cannot work the inbox');
    const assigned = await manager.client.post<ItemBody>(`${base}/${target!.id}/assign`, { userId: care.userId });
    assert.equal(assigned.status, 200);
    assert.deepEqual([assigned.body.status, assigned.body.assigneeId], ['assigned', care.userId]);

    const tagged = await care.client.post<ItemBody>(`${base}/${target!.id}/tags`, { add: ['launch', 'greek', 'launch'] });
    assert.deepEqual(tagged.body.tags, ['launch', 'greek']);
    assert.deepEqual((await care.client.post<ItemBody>(`${base}/${target!.id}/tags`, { remove: ['greek'] })).body.tags, ['launch']);

    const replied = await care.client.post<{ remoteId: string }>(`${base}/${target!.id}/reply`, { text: 'Ευχαριστούμε!' });
    assert.equal(replied.status, 201);
    assert.deepEqual(net.replies.at(-1), { to: 'mention-2', text: 'Ευχαριστούμε!' });
    const done = await care.client.post<ItemBody>(`${base}/${target!.id}/complete`, {});
    assert.equal(done.body.status, 'done');
    assert.ok(done.body.completedAt);
    assert.ok(done.body.firstResponseSeconds !== null && done.body.firstResponseSeconds >= 0, 'the time to first response is kept');

    const mine = await care.client.get<{ items: ItemBody[] }>(`${base}?assigneeId=${care.userId}&status=done&tag=launch`);
    assert.deepEqual(mine.body.items.map((i) => i.id), [target!.id]);
    const nobodys = await care.client.get<{ items: ItemBody[] }>(`${base}?assigneeId=none`);
    assert.ok(!nobodys.body.items.some((i) => i.id === target!.id));
    assert.equal((await viewer.client.post(`${base}/${target!.id}/reply`, { text: 'hi' })).status, 403);
    const bad = await care.client.get<{ code: string }>(`${base}?status=closed`);
    assert.equal(bad.status, 400);
  });

  it('pages through the stream with a cursor', async () => {
    const page1 = await owner.client.get<{ items: ItemBody[]; nextCursor: string | null }>(`${base}?limit=3`);
    assert.equal(page1.body.items.length, 3);
    assert.ok(page1.body.nextCursor);
    const page2 = await owner.client.get<{ items: ItemBody[]; nextCursor: string | null }>(`${base}?limit=3&cursor=${page1.body.nextCursor}`);
    assert.deepEqual(page2.body.items.length, 1);
    assert.equal(page2.body.nextCursor, null);
    assert.ok(!page2.body.items.some((i) => page1.body.items.some((j) => j.id === i.id)));
  });

  it('keeps a restricted profile’s items from members it was not given', async () => {
    const member = await addMember(owner, ws, 'community_manager');
    const restricted = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted_inbox', handle: 'vip' });
    assert.equal((await owner.client.patch(`/api/v1/workspaces/${ws}/profiles/${restricted}/access`, { access: 'restricted', userIds: [] })).status, 200);
    net.items.push(item(500, { remoteId: 'secret-1', kind: 'mention', threadId: 'secret-1', text: 'for the restricted profile' }));
    await pollInbox(t.app, restricted);
    const seen = await member.client.get<{ items: ItemBody[] }>(base);
    assert.ok(!seen.body.items.some((i) => i.text === 'for the restricted profile'));
    const ownerSees = (await owner.client.get<{ items: ItemBody[] }>(`${base}?profileId=${restricted}`)).body.items;
    assert.ok(ownerSees.some((i) => i.text === 'for the restricted profile'));
    const secret = ownerSees.find((i) => i.text === 'for the restricted profile')!;
    assert.equal((await member.client.get(`${base}/${secret.id}`)).status, 404);
  });

  it('backfills seven days over several reads, going on from its stored cursor', async () => {
    const deep = scriptedInbox('scripted_deep');
    deep.pageSize = 2;
    t.app.networks.set('scripted_deep', deep.adapter);
    const id = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted_deep' });
    // A comment every three hours: 56 within the seven days, then older ones past the horizon.
    for (let n = 0; n < 100; n++) deep.items.push(item(n * 180, { remoteId: `deep-${n}`, threadId: `deep-${n}` }));
    const first = await pollInbox(t.app, id);
    assert.equal(first.added, 40, 'twenty pages of two in one read');
    assert.deepEqual(first.backfilling, ['comment']);
    const [cursor] = await t.database.db.select().from(inboxCursors).where(eq(inboxCursors.profileId, id));
    assert.equal(cursor!.backfillCursor, '40');
    const second = await pollInbox(t.app, id);
    assert.deepEqual(second.backfilling, []);
    // The 56 within seven days, and the page that crossed the horizon; nothing older is asked for.
    assert.equal(first.added + second.added, 58);
  });

  it('hands items to teams, makes them tasks, and keeps the team’s notes', async () => {
    const sales = await addMember(owner, ws, 'community_manager', 'sales');
    const teams = await owner.client.get<{ items: Array<{ id: string; kind: string; name: string | null }> }>(`/api/v1/workspaces/${ws}/teams`);
    assert.deepEqual(teams.body.items.map((t) => t.kind), ['customer_care', 'sales'], 'every workspace has customer care and sales');
    const salesTeam = teams.body.items.find((t) => t.kind === 'sales')!;
    assert.equal((await owner.client.patch(`/api/v1/workspaces/${ws}/teams/${salesTeam.id}`, { memberIds: [sales.userId] })).status, 200);
    assert.equal((await owner.client.patch(`/api/v1/workspaces/${ws}/teams/${salesTeam.id}`, { name: 'Renamed' })).status, 400, 'built-in teams keep their names');
    const vip = await owner.client.post<{ id: string; name: string }>(`/api/v1/workspaces/${ws}/teams`, { name: 'VIP desk' });
    assert.equal(vip.status, 201);
    assert.equal((await owner.client.post(`/api/v1/workspaces/${ws}/teams`, { name: 'VIP desk' })).status, 409);
    assert.equal((await sales.client.post(`/api/v1/workspaces/${ws}/teams`, { name: 'Mine' })).status, 403, 'community managers do not make teams');

    const [lead] = (await owner.client.get<{ items: ItemBody[] }>(`${base}?kind=comment&limit=1`)).body.items;
    const handed = await owner.client.post<ItemBody & { teamId: string | null }>(`${base}/${lead!.id}/assign`, { teamId: salesTeam.id });
    assert.deepEqual([handed.body.status, handed.body.teamId], ['assigned', salesTeam.id]);
    assert.equal((await owner.client.post(`${base}/${lead!.id}/assign`, {})).status, 400, 'name someone or a team');
    assert.equal((await owner.client.post(`${base}/${lead!.id}/assign`, { teamId: crypto.randomUUID() })).status, 400);
    const task = await sales.client.post<{ task: { type: string; priority: string } | null }>(`${base}/${lead!.id}/task`, { type: 'sales_lead', priority: 'high' });
    assert.deepEqual(task.body.task, { type: 'sales_lead', priority: 'high' });
    const noted = await sales.client.post<{ body: string }>(`${base}/${lead!.id}/notes`, { body: 'Called them back; wants 40 kg a month.' });
    assert.equal(noted.status, 201);
    const detail = await owner.client.get<{ notes: Array<{ body: string; authorId: string }> }>(`${base}/${lead!.id}`);
    assert.deepEqual(detail.body.notes.map((n) => [n.body, n.authorId]), [['Called them back; wants 40 kg a month.', sales.userId]]);
    const ofSales = await sales.client.get<{ items: ItemBody[] }>(`${base}?teamId=${salesTeam.id}`);
    assert.deepEqual(ofSales.body.items.map((i) => i.id), [lead!.id]);
    assert.equal((await owner.client.request('DELETE', `/api/v1/workspaces/${ws}/teams/${salesTeam.id}`)).status, 409);
    assert.equal((await owner.client.request('DELETE', `/api/v1/workspaces/${ws}/teams/${vip.body.id}`)).status, 204);
  });

  it('reads each item’s tone on arrival, keeps insults apart, and takes a person’s correction', async () => {
    const toneNet = scriptedInbox('scripted_tone');
    t.app.networks.set('scripted_tone', toneNet.adapter);
    const id = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted_tone' });
    toneNet.items.push(
      item(1, { remoteId: 'tone-1', threadId: 'tone-1', text: 'Υπέροχος καφές, ευχαριστούμε!' }),
      item(2, { remoteId: 'tone-2', threadId: 'tone-2', text: 'บริการแย่มาก ผิดหวังจริงๆ' }),
      item(3, { remoteId: 'tone-3', threadId: 'tone-3', text: 'Ти си идиот' }),
    );
    await pollInbox(t.app, id);
    type Toned = ItemBody & { sentiment: string; abusive: boolean; sentimentCorrected: boolean };
    const items = (await owner.client.get<{ items: Toned[] }>(`${base}?profileId=${id}`)).body.items;
    const byText = (text: string) => items.find((i) => i.text === text)!;
    assert.equal(byText('Υπέροχος καφές, ευχαριστούμε!').sentiment, 'positive');
    assert.equal(byText('บริการแย่มาก ผิดหวังจริงๆ').sentiment, 'negative');
    const insult = byText('Ти си идиот');
    assert.deepEqual([insult.abusive, insult.tags], [true, ['abusive']]);
    const negative = await owner.client.get<{ items: Toned[] }>(`${base}?profileId=${id}&sentiment=negative`);
    assert.ok(negative.body.items.some((i) => i.text === 'บริการแย่มาก ผิดหวังจริงๆ'));
    assert.ok(!negative.body.items.some((i) => i.text === 'Υπέροχος καφές, ευχαριστούμε!'));
    const corrected = await owner.client.post<Toned>(`${base}/${byText('Υπέροχος καφές, ευχαριστούμε!').id}/sentiment`, { sentiment: 'neutral' });
    assert.deepEqual([corrected.body.sentiment, corrected.body.sentimentCorrected], ['neutral', true]);
  });

  it('answers with a saved reply filled for the author, and shows managers each member’s open items', async () => {
    const saved = await owner.client.post<{ id: string }>(`/api/v1/workspaces/${ws}/saved-replies`, { name: 'Thanks', body: 'Ευχαριστούμε {name} ({handle})! 🌿' });
    assert.equal(saved.status, 201);
    assert.equal((await owner.client.post(`/api/v1/workspaces/${ws}/saved-replies`, { name: 'Thanks', body: 'again' })).status, 409);
    const [target] = (await owner.client.get<{ items: ItemBody[] }>(`${base}?kind=comment&limit=1&profileId=${profileId}`)).body.items;
    assert.equal((await owner.client.post(`${base}/${target!.id}/reply`, { text: 'x', savedReplyId: saved.body.id })).status, 400, 'text or a saved reply, not both');
    assert.equal((await owner.client.post(`${base}/${target!.id}/reply`, { savedReplyId: saved.body.id })).status, 201);
    const author = (await owner.client.get<{ author: { name: string; handle: string } }>(`${base}/${target!.id}`)).body.author;
    assert.equal(net.replies.at(-1)!.text, `Ευχαριστούμε ${author.name} (@${author.handle})! 🌿`);

    const worker = await addMember(owner, ws, 'community_manager', 'busy');
    for (const i of (await owner.client.get<{ items: ItemBody[] }>(`${base}?status=open&limit=2`)).body.items) {
      await owner.client.post(`${base}/${i.id}/assign`, { userId: worker.userId });
    }
    const load = await owner.client.get<{ items: Array<{ userId: string; name: string; open: number }> }>(`${base}/workload`);
    assert.equal(load.status, 200);
    assert.deepEqual(load.body.items[0], { userId: worker.userId, name: load.body.items[0]!.name, open: 2 });
    assert.equal((await worker.client.get(`${base}/workload`)).status, 403, 'workload is for managers');
    const assignees = await worker.client.get<{ items: Array<{ userId: string }> }>(`${base}/assignees`);
    assert.ok(assignees.body.items.some((a) => a.userId === worker.userId), 'a community manager sees whom items can go to');
  });

  it('measures each item against the answer-time target, in business time', async () => {
    const settingsUrl = `/api/v1/workspaces/${ws}/inbox-settings`;
    const backwards = await owner.client.request<{ code: string }>('PUT', settingsUrl, { businessHours: { days: [1, 2, 3, 4, 5], start: '17:00', end: '09:00' }, slaMinutes: 60 });
    assert.equal(backwards.status, 400);
    assert.equal((await owner.client.request('PUT', settingsUrl, { businessHours: null, slaMinutes: 60 })).status, 200);
    const slaNet = scriptedInbox('scripted_sla');
    t.app.networks.set('scripted_sla', slaNet.adapter);
    const id = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted_sla' });
    slaNet.items.push(item(1, { remoteId: 'sla-1', threadId: 'sla-1', text: 'still waiting' }));
    await pollInbox(t.app, id);
    const [waiting] = (await owner.client.get<{ items: Array<{ id: string }> }>(`${base}?profileId=${id}`)).body.items;
    const stateAfter = async (minutesAgo: number) => {
      await t.database.db.update(inboxItems).set({ receivedAt: new Date(Date.now() - minutesAgo * 60_000) }).where(eq(inboxItems.id, waiting!.id));
      return (await owner.client.get<{ sla: { state: string } | null }>(`${base}/${waiting!.id}`)).body.sla?.state;
    };
    assert.equal(await stateAfter(10), 'ok');
    assert.equal(await stateAfter(50), 'near');
    assert.equal(await stateAfter(120), 'breached');
    await stateAfter(5);
    await owner.client.post(`${base}/${waiting!.id}/reply`, { text: 'Sorry for the wait!' });
    assert.equal((await owner.client.get<{ sla: { state: string } | null }>(`${base}/${waiting!.id}`)).body.sla?.state, 'met');
    // Always closed: business hours on no day but Sunday 00:00–00:01 leave the clock almost still.
    await owner.client.request('PUT', settingsUrl, { businessHours: { days: [7], start: '00:00', end: '00:01' }, slaMinutes: 60 });
    assert.equal((await owner.client.get<{ firstResponseSeconds: number }>(`${base}/${waiting!.id}`)).body.firstResponseSeconds <= 60, true);
  });

  it('likes and hides an item on its network, and says when a network cannot', async () => {
    const [target] = (await owner.client.get<{ items: ItemBody[] }>(`${base}?profileId=${profileId}&kind=mention`)).body.items;
    assert.equal((await owner.client.post(`${base}/${target!.id}/like`, {})).status, 204);
    assert.deepEqual(net.liked, ['mention-2']);
    assert.equal((await owner.client.post(`${base}/${target!.id}/hide`, {})).status, 204);
    assert.deepEqual(net.hidden, ['mention-2']);
    assert.equal((await owner.client.get<ItemBody>(`${base}/${target!.id}`)).body.status, 'done', 'a hidden item is done');

    const { like: _like, ...withoutLike } = net.adapter.inbox!;
    t.app.networks.set('scripted_nolike', { ...net.adapter, inbox: withoutLike });
    const id = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted_nolike' });
    net.items.push(item(900, { remoteId: 'nolike-1', threadId: 'nolike-1', text: 'cannot be liked' }));
    await pollInbox(t.app, id);
    const [plain] = (await owner.client.get<{ items: ItemBody[] }>(`${base}?profileId=${id}`)).body.items;
    const refused = await owner.client.post<{ code: string }>(`${base}/${plain!.id}/like`, {});
    assert.deepEqual([refused.status, refused.body.code], [409, 'conflict']);
  });

  it('reports response times for a period, overall, per member and per team', async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    type Figures = { items: number; answered: number; medianFirstResponseSeconds: number | null };
    const report = await owner.client.get<{ overall: Figures; members: Array<Figures & { userId: string }>; teams: Array<Figures & { teamId: string }> }>(
      `${base}/response-times?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    assert.equal(report.status, 200);
    const listed = (await owner.client.get<{ items: ItemBody[] }>(`${base}?limit=200`)).body.items.length;
    assert.equal(report.body.overall.items, listed);
    assert.ok(report.body.overall.answered >= 2 && report.body.overall.medianFirstResponseSeconds !== null);
    assert.ok(report.body.members.some((m) => m.answered >= 1), 'the member who answered is counted');
    assert.ok(report.body.teams.length >= 1);
    assert.equal((await owner.client.get(`${base}/response-times?from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`)).status, 400);
  });
});
