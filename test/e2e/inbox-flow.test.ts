// The inbox on a real local Bluesky network (a PDS and an AppView): Canopy publishes a post; another
// account replies in Serbian and mentions the brand in Greek; both reach the inbox, the reply linked
// to our post and threaded with it; the community manager is given the reply, tags it and answers it
// from Canopy; the answer is read back from the PDS as a reply in the thread; the item is completed
// with its time to first response.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { AtpAgent, AtUri, RichText } from '@atproto/api';
import { pollInbox } from '../../src/core/inbox/poll-inbox.ts';
import { startLocalBluesky, type LocalBluesky } from '../../src/networks/bluesky/testing/local-network.ts';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../src/testing/people.ts';

interface Item {
  id: string;
  kind: string;
  text: string;
  postTargetId: string | null;
  status: string;
  assigneeId: string | null;
  tags: string[];
  firstResponseSeconds: number | null;
}

describe('the inbox on a local Bluesky network', () => {
  let bluesky: LocalBluesky;
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let profileId: string;
  let publishedUri: string;

  before(async () => {
    bluesky = await startLocalBluesky({ appView: true, accounts: ['acmecoffee', 'milica'] });
    t = await startTestApp({ NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true', NETWORK_ENDPOINTS: JSON.stringify({ bluesky: bluesky.pdsUrl, bluesky_plc: bluesky.plcUrl }) });
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    const brand = bluesky.accounts.acmecoffee!;
    const connected = await owner.client.post(`/api/v1/workspaces/${ws}/profiles`, { network: 'bluesky', service: bluesky.pdsUrl, identifier: brand.handle, appPassword: brand.appPassword });
    assert.equal(connected.status, 201, JSON.stringify(connected.body));
    profileId = (await owner.client.get<{ items: Array<{ id: string }> }>(`/api/v1/workspaces/${ws}/profiles`)).body.items[0]!.id;
  });
  after(async () => {
    await t?.stop();
    await bluesky?.close();
  });

  it('publishes a post, and reads the reply and the mention it draws into one inbox', async () => {
    const created = await owner.client.post<{ id: string }>(`/api/v1/workspaces/${ws}/posts`, { profileIds: [profileId], text: 'Νέος καφές σήμερα ☕', scheduledAt: new Date(Date.now() + 2_000).toISOString() });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    for (let i = 0; ; i++) {
      const post = await owner.client.get<{ status: string; targets: Array<{ remoteUrl: string | null }> }>(`/api/v1/workspaces/${ws}/posts/${created.body.id}`);
      if (post.body.status === 'published') break;
      assert.ok(i < 120, `the post is still ${post.body.status}`);
      await sleep(500);
    }
    const brandAgent = new AtpAgent({ service: bluesky.pdsUrl });
    const records = await brandAgent.com.atproto.repo.listRecords({ repo: bluesky.accounts.acmecoffee!.did, collection: 'app.bsky.feed.post' });
    publishedUri = records.data.records[0]!.uri;
    await bluesky.processAll();

    const milica = await bluesky.agentFor('milica');
    const root = { uri: publishedUri, cid: records.data.records[0]!.cid };
    await milica.post({ text: 'Одлично! Да ли стиже и у Београд?', reply: { root, parent: root } });
    const mention = new RichText({ text: 'Δοκιμάστε τον νέο καφέ της @acmecoffee.test' });
    await mention.detectFacets(milica);
    await milica.post({ text: mention.text, facets: mention.facets });
    await bluesky.processAll();

    // The minute's scheduled read may have come first; either way each item is stored once.
    const read = await pollInbox(t.app, profileId);
    assert.deepEqual(read.failures, []);
    const inbox = await owner.client.get<{ items: Item[] }>(`/api/v1/workspaces/${ws}/inbox`);
    assert.deepEqual(inbox.body.items.map((i) => [i.kind, i.text]).sort(), [
      ['comment', 'Одлично! Да ли стиже и у Београд?'],
      ['mention', 'Δοκιμάστε τον νέο καφέ της @acmecoffee.test'],
    ]);
    const reply = inbox.body.items.find((i) => i.kind === 'comment')!;
    assert.ok(reply.postTargetId, 'the reply is linked to the post it answers');
    const detail = await owner.client.get<{ post: { text: string } | null; conversation: Item[] }>(`/api/v1/workspaces/${ws}/inbox/${reply.id}`);
    assert.equal(detail.body.post?.text, 'Νέος καφές σήμερα ☕');
    assert.deepEqual(detail.body.conversation.map((i) => i.id), [reply.id]);
    assert.equal((await pollInbox(t.app, profileId)).added, 0, 'read again, nothing is stored twice');
  });

  it('lets the community manager take the reply, tag it, answer it on Bluesky and complete it', async () => {
    const care = await addMember(owner, ws, 'community_manager', 'care');
    const reply = (await owner.client.get<{ items: Item[] }>(`/api/v1/workspaces/${ws}/inbox?kind=comment`)).body.items[0]!;
    const base = `/api/v1/workspaces/${ws}/inbox/${reply.id}`;
    assert.equal((await owner.client.post<Item>(`${base}/assign`, { userId: care.userId })).body.assigneeId, care.userId);
    assert.deepEqual((await care.client.post<Item>(`${base}/tags`, { add: ['Београд'] })).body.tags, ['Београд']);
    const answered = await care.client.post<{ remoteId: string }>(`${base}/reply`, { text: 'Хвала! Стиже следеће недеље.' });
    assert.equal(answered.status, 201, JSON.stringify(answered.body));

    const at = new AtUri(answered.body.remoteId);
    const stored = await new AtpAgent({ service: bluesky.pdsUrl }).com.atproto.repo.getRecord({ repo: at.host, collection: at.collection, rkey: at.rkey });
    const record = stored.data.value as { text: string; reply?: { root: { uri: string } } };
    assert.equal(record.text, 'Хвала! Стиже следеће недеље.');
    assert.equal(record.reply?.root.uri, publishedUri, 'the answer sits in the thread of our post');

    const done = await care.client.post<Item>(`${base}/complete`, {});
    assert.equal(done.body.status, 'done');
    assert.ok(done.body.firstResponseSeconds !== null && done.body.firstResponseSeconds >= 0);
  });
});
