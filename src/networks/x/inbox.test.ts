import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession, InboxItem, InboxSource } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ANA, ME, tweetJson } from './fixtures.ts';
import { createXAdapter } from './index.ts';

const mentions = {
  data: [
    tweetJson({ id: '301', text: '@canopy_test Одличан пост! 👏', author_id: ANA.id, conversation_id: '100', in_reply_to_user_id: ME.id, referenced_tweets: [{ type: 'replied_to', id: '100' }] }),
    tweetJson({ id: '302', text: 'Δείτε το @canopy_test &amp; φίλους', author_id: ANA.id, conversation_id: '302' }),
  ],
  includes: { users: [ANA] },
  meta: { result_count: 2, next_token: '7140dibdnow9c7btw4' },
};

const ana = { remoteId: ANA.id, handle: 'ana_p', displayName: 'Ана Петровић', avatarUrl: ANA.profile_image_url };

describe('X inbox', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  let inbox: InboxSource;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    inbox = createXAdapter({ x: fake.url }).inbox!;
    session = testSession({ account: { remoteId: ME.id, handle: ME.username } });
  });
  afterEach(() => fake.stop());

  it('reads comments and mentions from the mentions timeline, with pagination tokens', async () => {
    fake.on(`GET /2/users/${ME.id}/mentions`, { body: mentions });
    const comments = okValue(await inbox.fetch(session, { kind: 'comment', cursor: null }));
    assert.deepEqual(comments, {
      items: [{ remoteId: '301', kind: 'comment', threadId: '100', parentRemoteId: '100', author: ana, text: '@canopy_test Одличан пост! 👏', createdAt: new Date('2026-11-21T12:00:00.000Z'), url: 'https://x.com/ana_p/status/301' }],
      cursor: '7140dibdnow9c7btw4',
    });
    const mentioned = okValue(await inbox.fetch(session, { kind: 'mention', cursor: '7140dibdnow9c7btw4' }));
    assert.deepEqual(mentioned.items.map((i) => [i.remoteId, i.kind, i.text]), [['302', 'mention', 'Δείτε το @canopy_test & φίλους']]);
    const second = fake.sent(`GET /2/users/${ME.id}/mentions`)[1];
    assert.equal(second?.query.get('pagination_token'), '7140dibdnow9c7btw4');
    assert.equal(second?.query.get('expansions'), 'author_id');
  });

  it('reads direct messages sent to the account', async () => {
    fake.on('GET /2/dm_events', {
      body: {
        data: [
          { id: '901', event_type: 'MessageCreate', text: 'สวัสดีครับ มีคำถาม 🙋', sender_id: ANA.id, dm_conversation_id: `${ANA.id}-${ME.id}`, created_at: '2026-11-21T10:00:00.000Z' },
          { id: '900', event_type: 'MessageCreate', text: 'our own answer', sender_id: ME.id, dm_conversation_id: `${ANA.id}-${ME.id}`, created_at: '2026-11-21T09:00:00.000Z' },
        ],
        includes: { users: [ANA] },
        meta: { result_count: 2 },
      },
    });
    const messages = okValue(await inbox.fetch(session, { kind: 'message', cursor: null }));
    assert.deepEqual(messages, {
      items: [{ remoteId: '901', kind: 'message', threadId: `${ANA.id}-${ME.id}`, author: ana, text: 'สวัสดีครับ มีคำถาม 🙋', createdAt: new Date('2026-11-21T10:00:00.000Z') }],
      cursor: null,
    });
    assert.equal(fake.sent('GET /2/dm_events')[0]?.query.get('event_types'), 'MessageCreate');
  });

  const comment: InboxItem = { remoteId: '301', kind: 'comment', threadId: '100', parentRemoteId: '100', author: ana, text: 'hi', createdAt: new Date() };

  it('replies to a post in its thread and to a message in its conversation', async () => {
    fake.on('POST /2/tweets', { status: 201, body: { data: { id: '401', text: 'Хвала!' } } });
    fake.on(`POST /2/dm_conversations/${ANA.id}-${ME.id}/messages`, { status: 201, body: { data: { dm_conversation_id: `${ANA.id}-${ME.id}`, dm_event_id: '902' } } });
    assert.deepEqual(okValue(await inbox.reply(session, { item: comment, text: 'Хвала!' })), { remoteId: '401', url: 'https://x.com/canopy_test/status/401' });
    assert.deepEqual(fake.sent('POST /2/tweets')[0]?.json, { text: 'Хвала!', reply: { in_reply_to_tweet_id: '301' } });
    const message = { ...comment, remoteId: '901', kind: 'message' as const, threadId: `${ANA.id}-${ME.id}` };
    assert.deepEqual(okValue(await inbox.reply(session, { item: message, text: 'ยินดีครับ' })), { remoteId: '902', url: null });
    assert.deepEqual(fake.sent(`POST /2/dm_conversations/${ANA.id}-${ME.id}/messages`)[0]?.json, { text: 'ยินดีครับ' });
  });

  it('likes a post and hides a reply to one of ours', async () => {
    fake.on(`POST /2/users/${ME.id}/likes`, { body: { data: { liked: true } } });
    fake.on('PUT /2/tweets/301/hidden', { body: { data: { hidden: true } } });
    okValue(await inbox.like!(session, { item: comment }));
    okValue(await inbox.hide!(session, { item: comment }));
    assert.deepEqual(fake.sent(`POST /2/users/${ME.id}/likes`)[0]?.json, { tweet_id: '301' });
    assert.deepEqual(fake.sent('PUT /2/tweets/301/hidden')[0]?.json, { hidden: true });
    failureOf(await inbox.hide!(session, { item: { ...comment, kind: 'mention' } }), 'rejected');
  });

  it('reports an expired token as unauthorized', async () => {
    fake.on(`GET /2/users/${ME.id}/mentions`, { status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } });
    failureOf(await inbox.fetch(session, { kind: 'mention', cursor: null }), 'unauthorized');
  });
});
