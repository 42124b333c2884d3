import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AtUri, RichText, type AtpAgent } from '@atproto/api';
import type { AdapterSession, InboxItem, InboxPage, NetworkAdapter, PublishedPost } from '../adapter.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { startLocalBluesky, type LocalBluesky } from './testing/local-network.ts';
import { connectedSession, localAdapter } from './testing/sessions.ts';

/** Every item of one inbox kind, following the cursor to its end. */
async function allItems(adapter: NetworkAdapter, session: AdapterSession, kind: InboxItem['kind']): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  let cursor: string | null = null;
  do {
    const page: InboxPage = okValue(await adapter.inbox!.fetch(session, { kind, cursor }));
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

describe('Bluesky inbox, metrics and search against a local AppView', () => {
  let network: LocalBluesky;
  let adapter: NetworkAdapter;
  let alice: AdapterSession;
  let bob: AtpAgent;
  let launch: PublishedPost;
  let bobReply: { uri: string; cid: string };
  let bobMention: { uri: string; cid: string };

  async function stored(uri: string) {
    const at = new AtUri(uri);
    const res = await bob.com.atproto.repo.getRecord({ repo: at.host, collection: at.collection, rkey: at.rkey });
    return res.data.value as Record<string, unknown>;
  }

  before(async () => {
    network = await startLocalBluesky({ appView: true });
    adapter = localAdapter(network);
    bob = await network.agentFor('bob');
    await bob.com.atproto.repo.putRecord({
      repo: bob.assertDid,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: { $type: 'app.bsky.actor.profile', displayName: 'Μπομπ Боб' },
    });
    alice = await connectedSession(network, 'alice');
    launch = okValue(await adapter.publisher!.publish(alice, { text: 'Canopy is open for gardeners #launch', media: [], marker: 'm-launch' }));
    // The AppView indexes repos concurrently; a reply indexed before its parent notifies no one,
    // so let the post be seen first, as it always is when people answer it.
    await network.processAll();
    const launchRef = { uri: launch.remoteId, cid: (await bob.com.atproto.repo.getRecord({ repo: alice.account.remoteId, collection: 'app.bsky.feed.post', rkey: new AtUri(launch.remoteId).rkey })).data.cid! };
    const strongRef = ({ uri, cid }: { uri: string; cid: string }) => ({ uri, cid });
    bobReply = strongRef(await bob.post({ text: 'Congratulations! 🌱', reply: { root: launchRef, parent: launchRef } }));
    const mention = new RichText({ text: 'Has anyone tried it? @alice.test' });
    await mention.detectFacets(bob);
    bobMention = strongRef(await bob.post({ text: mention.text, facets: mention.facets }));
    await bob.like(launch.remoteId, launchRef.cid);
    await bob.follow(alice.account.remoteId);
    await network.processAll();
  });
  after(() => network?.close());

  it('reads display name from the profile when connecting', async () => {
    const connector = localAdapter(network).connector;
    const connected = okValue(await connector.connect(alice.http, { identifier: 'bob.test', appPassword: network.accounts.bob!.appPassword }));
    assert.equal(connected.account.displayName, 'Μπομπ Боб');
  });

  it('lists the replies to our posts as comments', async () => {
    const comments = await allItems(adapter, alice, 'comment');
    assert.equal(comments.length, 1);
    const [reply] = comments;
    assert.deepEqual({ ...reply!, createdAt: undefined }, {
      remoteId: bobReply.uri,
      kind: 'comment',
      threadId: launch.remoteId,
      parentRemoteId: launch.remoteId,
      author: { remoteId: network.accounts.bob!.did, handle: 'bob.test', displayName: 'Μπομπ Боб' },
      text: 'Congratulations! 🌱',
      createdAt: undefined,
      url: `https://bsky.app/profile/${network.accounts.bob!.did}/post/${new AtUri(bobReply.uri).rkey}`,
    });
    assert.ok(reply!.createdAt.getTime() > Date.now() - 120_000);
  });

  it('lists mentions, and answers one in its thread', async () => {
    const mentions = await allItems(adapter, alice, 'mention');
    assert.deepEqual(mentions.map((m) => [m.remoteId, m.threadId, m.text]), [[bobMention.uri, bobMention.uri, 'Has anyone tried it? @alice.test']]);
    const answer = okValue(await adapter.inbox!.reply(alice, { item: mentions[0]!, text: 'Yes, @bob.test, since this morning' }));
    const record = await stored(answer.remoteId);
    assert.deepEqual(record.reply, { root: bobMention, parent: bobMention });
    assert.equal(failureOf(await adapter.inbox!.fetch(alice, { kind: 'message', cursor: null }), 'rejected').code, 'unsupported_kind');
  });

  it('answers, likes and hides a reply under our post', async () => {
    const [comment] = await allItems(adapter, alice, 'comment');
    const answer = okValue(await adapter.inbox!.reply(alice, { item: comment!, text: 'Thank you!' }));
    const answerRecord = (await stored(answer.remoteId)).reply as { root: { uri: string }; parent: { uri: string } };
    assert.equal(answerRecord.root.uri, launch.remoteId);
    assert.equal(answerRecord.parent.uri, bobReply.uri);

    okValue(await adapter.inbox!.like!(alice, { item: comment! }));
    const likes = await bob.com.atproto.repo.listRecords({ repo: alice.account.remoteId, collection: 'app.bsky.feed.like' });
    assert.deepEqual(likes.data.records.map((r) => (r.value as { subject: { uri: string } }).subject.uri), [bobReply.uri]);

    okValue(await adapter.inbox!.hide!(alice, { item: comment! }));
    okValue(await adapter.inbox!.hide!(alice, { item: comment! }));
    const gate = await stored(`at://${alice.account.remoteId}/app.bsky.feed.threadgate/${new AtUri(launch.remoteId).rkey}`);
    assert.equal(gate.post, launch.remoteId);
    assert.deepEqual(gate.hiddenReplies, [bobReply.uri]);
    assert.equal(gate.allow, undefined, 'hiding a reply does not limit who may reply');

    const notOurs = await adapter.inbox!.hide!(alice, { item: { ...comment!, threadId: bobMention.uri } });
    assert.equal(failureOf(notOurs, 'rejected').code, 'not_own_thread');
  });

  it('counts followers and each post’s likes, replies and shares', async () => {
    await network.processAll();
    const profile = okValue(await adapter.metrics!.profile(alice, { since: new Date(0), until: new Date() }));
    assert.deepEqual(profile, { followers: 1, impressions: null, engagements: null, clicks: null, videoViews: null });

    await bob.repost(launch.remoteId, (await bob.com.atproto.repo.getRecord({ repo: alice.account.remoteId, collection: 'app.bsky.feed.post', rkey: new AtUri(launch.remoteId).rkey })).data.cid!);
    await network.processAll();
    const [metrics, ...rest] = okValue(await adapter.metrics!.posts(alice, { remoteIds: [launch.remoteId, `at://${alice.account.remoteId}/app.bsky.feed.post/3zzzzzzzzzzzz`] }));
    assert.equal(rest.length, 0, 'a post that does not exist is left out');
    assert.deepEqual(metrics, {
      remoteId: launch.remoteId,
      likes: 1,
      comments: 1,
      shares: 1,
      engagements: 3,
      followers: null,
      impressions: null,
      clicks: null,
      videoViews: null,
    });
  });

  it('searches posts', async () => {
    const found = okValue(await adapter.search!.search(alice, { query: 'gardeners', cursor: null }));
    assert.deepEqual(found.items.map((i) => [i.remoteId, i.author.handle, i.text]), [[launch.remoteId, 'alice.test', 'Canopy is open for gardeners #launch']]);
    assert.equal(found.cursor, null);
  });
});
