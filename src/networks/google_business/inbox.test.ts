import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { InboxItem } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { testSession } from '../testing/session.ts';
import { createGoogleBusinessAdapter } from './index.ts';

const LOCATION = 'accounts/111/locations/1';
const session = () => testSession({ account: { remoteId: LOCATION } });

describe('Google Business Profile reviews inbox', () => {
  let gbp: FakeNetwork;
  let inbox: NonNullable<ReturnType<typeof createGoogleBusinessAdapter>['inbox']>;
  before(async () => {
    gbp = await new FakeNetwork().start();
    inbox = createGoogleBusinessAdapter({ google_business: gbp.url }).inbox!;
  });
  after(() => gbp.stop());
  beforeEach(() => {
    gbp.requests.length = 0;
  });

  it('reads reviews as comments, stars first, page by page', async () => {
    gbp.on(`GET /v4/${LOCATION}/reviews`, {
      body: {
        reviews: [
          {
            name: `${LOCATION}/reviews/r1`,
            reviewId: 'r1',
            reviewer: { displayName: 'Μαρία Π.', profilePhotoUrl: 'https://lh3.example/maria.jpg', isAnonymous: false },
            starRating: 'FOUR',
            comment: 'Πολύ νόστιμο! Одлично! อร่อยมาก 😋',
            createTime: '2026-11-18T12:00:00Z',
            updateTime: '2026-11-18T12:00:00Z',
          },
          { name: `${LOCATION}/reviews/r2`, reviewId: 'r2', reviewer: { isAnonymous: true }, starRating: 'FIVE', createTime: '2026-11-17T08:00:00Z' },
        ],
        averageRating: 4.5,
        totalReviewCount: 2,
        nextPageToken: 'p2',
      },
    });
    const page = await inbox.fetch(session(), { kind: 'comment', cursor: 'p1' });
    assert.ok(page.kind === 'ok', JSON.stringify(page));
    assert.equal(page.value.cursor, 'p2');
    assert.deepEqual(page.value.items[0], {
      remoteId: `${LOCATION}/reviews/r1`,
      kind: 'comment',
      threadId: `${LOCATION}/reviews/r1`,
      parentRemoteId: LOCATION,
      author: { remoteId: 'Μαρία Π.', handle: 'Μαρία Π.', displayName: 'Μαρία Π.', avatarUrl: 'https://lh3.example/maria.jpg' },
      text: '★★★★☆\nΠολύ νόστιμο! Одлично! อร่อยมาก 😋',
      createdAt: new Date('2026-11-18T12:00:00Z'),
    });
    assert.equal(page.value.items[1]!.text, '★★★★★');
    assert.equal(page.value.items[1]!.author.displayName, 'Anonymous');
    const sent = gbp.sent(`GET /v4/${LOCATION}/reviews`)[0]!;
    assert.equal(sent.query.get('pageToken'), 'p1');
    assert.equal(sent.query.get('orderBy'), 'updateTime desc');
    assert.equal(sent.headers.authorization, 'Bearer test-access-token');
  });

  const item: InboxItem = {
    remoteId: `${LOCATION}/reviews/r1`,
    kind: 'comment',
    threadId: `${LOCATION}/reviews/r1`,
    author: { remoteId: 'Μαρία Π.', handle: 'Μαρία Π.', displayName: 'Μαρία Π.' },
    text: '★★★★☆',
    createdAt: new Date(),
  };

  it('replies to a review with updateReply', async () => {
    gbp.on(`PUT /v4/${LOCATION}/reviews/r1/reply`, { body: { comment: 'Ευχαριστούμε πολύ! 🙏', updateTime: '2026-11-21T10:00:00Z' } });
    const out = await inbox.reply(session(), { item, text: 'Ευχαριστούμε πολύ! 🙏' });
    assert.deepEqual(out, { kind: 'ok', value: { remoteId: `${LOCATION}/reviews/r1/reply`, url: null } });
    assert.deepEqual(gbp.sent(`PUT /v4/${LOCATION}/reviews/r1/reply`)[0]!.json, { comment: 'Ευχαριστούμε πολύ! 🙏' });
  });

  it('refuses a reply over 4096 bytes, counting Thai as three bytes a letter', async () => {
    const out = await inbox.reply(session(), { item, text: 'ขอบคุณ'.repeat(228) }); // 1,368 letters, 4,104 bytes
    assert.ok(out.kind === 'rejected' && out.code === 'text_too_long');
    assert.equal(gbp.requests.length, 0);
  });

  it('has no messages, and maps an expired token', async () => {
    const messages = await inbox.fetch(session(), { kind: 'message', cursor: null });
    assert.ok(messages.kind === 'rejected' && messages.code === 'unsupported_kind');
    gbp.on(`GET /v4/${LOCATION}/reviews`, { status: 401, body: { error: { code: 401, status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials.' } } });
    assert.equal((await inbox.fetch(session(), { kind: 'comment', cursor: null })).kind, 'unauthorized');
  });
});
