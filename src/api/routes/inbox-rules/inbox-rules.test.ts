import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pollInbox } from '../../../core/inbox/poll-inbox.ts';
import { scriptedInbox, type ScriptedInbox } from '../../../core/inbox/testing/scripted-inbox.ts';
import type { InboxItem } from '../../../networks/adapter.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';

interface ItemBody {
  id: string;
  text: string;
  status: string;
  assigneeId: string | null;
  teamId: string | null;
  tags: string[];
}

let seq = 0;
const item = (text: string, over: Partial<InboxItem> = {}): InboxItem => {
  seq++;
  return { remoteId: `rule-${seq}`, kind: 'comment', threadId: `rule-${seq}`, author: { remoteId: `a-${seq}`, handle: `fan${seq}.example`, displayName: `Fan ${seq}` }, text, createdAt: new Date(Date.now() - seq * 1000), ...over };
};

describe('inbox automation rules', () => {
  let t: TestApp;
  let net: ScriptedInbox;
  let owner: Owner;
  let ws: string;
  let profileId: string;
  let rules: string;
  const arrive = async (...items: InboxItem[]) => {
    net.items.push(...items);
    await pollInbox(t.app, profileId);
    const all = (await owner.client.get<{ items: ItemBody[] }>(`/api/v1/workspaces/${ws}/inbox?limit=200`)).body.items;
    return items.map((i) => all.find((a) => a.text === i.text)!);
  };

  before(async () => {
    t = await startTestApp({}, 'web');
    net = scriptedInbox('scripted_rules');
    t.app.networks.set('scripted_rules', net.adapter);
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted_rules' });
    rules = `/api/v1/workspaces/${ws}/inbox-rules`;
  });
  after(() => t.stop());

  it('tags by keyword, assigns in turn, hands negative messages to customer care, and hides spam', async () => {
    const ana = await addMember(owner, ws, 'community_manager', 'ana');
    const ben = await addMember(owner, ws, 'community_manager', 'ben');
    const analyst = await addMember(owner, ws, 'analyst', 'numbers');
    const care = (await owner.client.get<{ items: Array<{ id: string; kind: string }> }>(`/api/v1/workspaces/${ws}/teams`)).body.items.find((x) => x.kind === 'customer_care')!;

    const refused = await owner.client.post<{ problems: Array<{ field: string }> }>(rules, { name: 'Bad', conditions: {}, actions: { assign: { strategy: 'round_robin', userIds: [analyst.userId] } } });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body.problems.map((p) => p.field), ['body.actions.assign.userIds']);
    assert.equal((await owner.client.post(rules, { name: 'Nothing', conditions: {}, actions: {} })).status, 400, 'a rule must do something');
    assert.equal((await ana.client.post(rules, { name: 'Mine', conditions: {}, actions: { hide: true } })).status, 403);

    assert.equal((await owner.client.post(rules, { name: 'Spam', position: 0, conditions: { keywords: ['FREE CRYPTO'] }, actions: { hide: true } })).status, 201);
    assert.equal((await owner.client.post(rules, { name: 'Billing', position: 1, conditions: { keywords: ['refund', 'επιστροφή χρημάτων'] }, actions: { addTags: ['billing'] } })).status, 201);
    assert.equal((await owner.client.post(rules, { name: 'Unhappy', position: 2, conditions: { sentiments: ['negative'] }, actions: { teamId: care.id } })).status, 201);
    assert.equal((await owner.client.post(rules, { name: 'Comments in turn', position: 3, conditions: { kinds: ['comment'] }, actions: { assign: { strategy: 'round_robin', userIds: [ana.userId, ben.userId] } } })).status, 201);

    const [spam, refund, greek, angry, mention] = await arrive(
      item('Get FREE crypto now!!! click here'),
      item('How do I get a refund?'),
      item('Θέλω επιστροφή χρημάτων'),
      item('Worst service ever, I am disappointed', { kind: 'mention' }),
      item('Nice shop', { kind: 'mention' }),
    );
    assert.deepEqual([spam!.status, spam!.tags], ['done', ['spam']]);
    assert.ok(refund!.tags.includes('billing') && greek!.tags.includes('billing'), 'keywords match in any language, any case');
    assert.deepEqual([angry!.teamId, angry!.status], [care.id, 'assigned']);
    assert.equal(mention!.status, 'open', 'no rule for a neutral mention');
    // Round-robin, oldest item first: the Greek comment (older) took the first turn, the refund the second.
    assert.deepEqual([greek!.assigneeId, refund!.assigneeId], [ana.userId, ben.userId]);
    const [next] = await arrive(item('Where is my order?'));
    assert.equal(next!.assigneeId, ana.userId, 'the next delivery goes on from where the last left off');
    assert.equal(spam!.assigneeId, null, 'spam spends nobody’s turn');
  });

  it('gives to the member with the fewest open items', async () => {
    const busy = await addMember(owner, ws, 'community_manager', 'busy');
    const free = await addMember(owner, ws, 'community_manager', 'free');
    const list = (await owner.client.get<{ items: Array<{ id: string }> }>(rules)).body.items;
    for (const r of list) await owner.client.request('DELETE', `${rules}/${r.id}`);
    const [first, second] = await arrive(item('first for busy'), item('second for busy'));
    for (const i of [first!, second!]) await owner.client.post(`/api/v1/workspaces/${ws}/inbox/${i.id}/assign`, { userId: busy.userId });
    assert.equal((await owner.client.post(rules, { name: 'Least loaded', conditions: {}, actions: { assign: { strategy: 'fewest_open', userIds: [busy.userId, free.userId] } } })).status, 201);
    const [third] = await arrive(item('goes to the free one'));
    assert.equal(third!.assigneeId, free.userId);
  });
});
