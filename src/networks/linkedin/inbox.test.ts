import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession, InboxItem, InboxSource } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { commentJson, ERRORS, PAGE, postJson } from './fixtures.ts';
import { createLinkedInAdapter } from './index.ts';

const POST_A = 'urn:li:share:7400000000000000001';
const POST_B = 'urn:li:ugcPost:7400000000000000002';

describe('LinkedIn inbox', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  let inbox: InboxSource;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    inbox = createLinkedInAdapter({ linkedin: fake.url }).inbox!;
    session = testSession({ account: { remoteId: PAGE } });
  });
  afterEach(() => fake.stop());

  it('reads comments on the page’s recent posts, leaving out its own', async () => {
    fake.on('GET /rest/posts', { body: { elements: [postJson({ id: POST_A }), postJson({ id: POST_B })], paging: { start: 0, count: 5 } } });
    fake.on(`GET /rest/socialActions/${encodeURIComponent(POST_A)}/comments`, { body: { elements: [commentJson(POST_A, '11', 'Одличан пост! 👏'), commentJson(POST_A, '12', 'Thanks all', PAGE)], paging: { start: 0, count: 50 } } });
    fake.on(`GET /rest/socialActions/${encodeURIComponent(POST_B)}/comments`, { body: { elements: [commentJson(POST_B, '21', 'ยอดเยี่ยม')], paging: { start: 0, count: 50 } } });

    const page = okValue(await inbox.fetch(session, { kind: 'comment', cursor: null }));
    assert.deepEqual(page.items[0], {
      remoteId: `urn:li:comment:(${POST_A},11)`,
      kind: 'comment',
      threadId: POST_A,
      parentRemoteId: POST_A,
      author: { remoteId: 'urn:li:person:ana456', handle: 'urn:li:person:ana456', displayName: 'LinkedIn member' },
      text: 'Одличан пост! 👏',
      createdAt: new Date('2026-11-21T13:00:00Z'),
      url: `https://www.linkedin.com/feed/update/${POST_A}/`,
    });
    assert.deepEqual(page.items.map((i) => i.text), ['Одличан пост! 👏', 'ยอดเยี่ยม']);
    assert.equal(page.cursor, null, 'fewer posts than a page: nothing older to read');
    assert.deepEqual([fake.sent('GET /rest/posts')[0]?.query.get('count'), fake.sent('GET /rest/posts')[0]?.query.get('start')], ['5', '0']);
  });

  it('walks back through older posts with the cursor', async () => {
    const five = Array.from({ length: 5 }, (_, i) => postJson({ id: `urn:li:share:${i}` }));
    fake.on('GET /rest/posts', { body: { elements: five } });
    for (const post of five) fake.on(`GET /rest/socialActions/${encodeURIComponent(post.id)}/comments`, { body: { elements: [] } });
    assert.equal(okValue(await inbox.fetch(session, { kind: 'comment', cursor: null })).cursor, '5');
    okValue(await inbox.fetch(session, { kind: 'comment', cursor: '5' }));
    assert.equal(fake.sent('GET /rest/posts')[1]?.query.get('start'), '5');
  });

  it('has no mentions or messages to offer', async () => {
    assert.equal(failureOf(await inbox.fetch(session, { kind: 'message', cursor: null }), 'rejected').code, 'unsupported');
  });

  const item: InboxItem = { remoteId: `urn:li:comment:(${POST_A},11)`, kind: 'comment', threadId: POST_A, parentRemoteId: POST_A, author: { remoteId: 'urn:li:person:ana456', handle: 'x', displayName: 'x' }, text: 'x', createdAt: new Date() };

  it('replies under the comment and likes it, as the page', async () => {
    fake.on(`POST /rest/socialActions/${encodeURIComponent(POST_A)}/comments`, { status: 201, headers: { 'x-restli-id': `urn:li:comment:(${POST_A},13)` }, body: '' });
    fake.on('POST /rest/reactions', { status: 201, body: '' });
    assert.equal(okValue(await inbox.reply(session, { item, text: 'Хвала! 🙏' })).remoteId, `urn:li:comment:(${POST_A},13)`);
    assert.deepEqual(fake.sent(`POST /rest/socialActions/${encodeURIComponent(POST_A)}/comments`)[0]?.json, { actor: PAGE, object: POST_A, message: { text: 'Хвала! 🙏' }, parentComment: item.remoteId });
    okValue(await inbox.like!(session, { item }));
    const like = fake.sent('POST /rest/reactions')[0];
    assert.equal(like?.query.get('actor'), PAGE);
    assert.deepEqual(like?.json, { root: item.remoteId, reactionType: 'LIKE' });
  });

  it('reports an expired token as unauthorized', async () => {
    fake.on('GET /rest/posts', { status: 401, body: ERRORS.expired });
    failureOf(await inbox.fetch(session, { kind: 'comment', cursor: null }), 'unauthorized');
  });
});
