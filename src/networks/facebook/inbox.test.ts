import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InboxItem } from '../adapter.ts';
import { carriedToken, fakeNetworkFor, graphError, subAccountSession, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createFacebookAdapter } from './index.ts';

const PAGE = '1010';

describe('Facebook inbox', () => {
  const { fake, subject: inbox } = fakeNetworkFor((url) => createFacebookAdapter({ facebook: url }).inbox!);

  const comment: InboxItem = {
    remoteId: `${PAGE}_2001_55`,
    kind: 'comment',
    threadId: `${PAGE}_2001`,
    parentRemoteId: `${PAGE}_2001`,
    author: { remoteId: 'u-9', handle: 'Νίκος', displayName: 'Νίκος' },
    text: WORLD_TEXT.greek,
    createdAt: new Date('2026-11-21T09:00:00Z'),
  };

  describe('comments', () => {
    it('reads comments under the Page\'s posts, leaving out the Page\'s own, with a cursor', async () => {
      fake.on(`GET /v24.0/${PAGE}/feed`, {
        body: {
          data: [
            {
              id: `${PAGE}_2001`,
              comments: {
                data: [
                  { id: `${PAGE}_2001_55`, message: WORLD_TEXT.greek, created_time: '2026-11-21T09:00:00+0000', from: { id: 'u-9', name: 'Νίκος' }, permalink_url: 'https://www.facebook.com/c/55' },
                  { id: `${PAGE}_2001_56`, message: 'Thanks!', created_time: '2026-11-21T09:05:00+0000', from: { id: PAGE, name: 'Canopy' } },
                ],
              },
            },
            { id: `${PAGE}_2002` },
          ],
          paging: { cursors: { after: 'feed-c1' }, next: `${fake.url}/next` },
        },
      });
      const res = await inbox.fetch(subAccountSession(PAGE), { kind: 'comment', cursor: 'feed-c0' });
      assert.deepEqual(res, { kind: 'ok', value: { items: [{ ...comment, url: 'https://www.facebook.com/c/55' }], cursor: 'feed-c1' } });
      const sent = fake.sent(`GET /v24.0/${PAGE}/feed`).at(-1);
      assert.equal(sent?.query.get('after'), 'feed-c0');
      assert.match(sent?.query.get('fields') ?? '', /comments\.order\(reverse_chronological\)/);
      assert.ok(carriedToken(sent, 'page-token'));
    });

    it('replies, likes and hides as the Page', async () => {
      fake.on(`POST /v24.0/${comment.remoteId}/comments`, { body: { id: `${comment.remoteId}_1` } });
      fake.on(`POST /v24.0/${comment.remoteId}/likes`, { body: { success: true } });
      fake.on(`POST /v24.0/${comment.remoteId}`, { body: { success: true } });
      const reply = await inbox.reply(subAccountSession(PAGE), { item: comment, text: WORLD_TEXT.thai });
      assert.deepEqual(reply, { kind: 'ok', value: { remoteId: `${comment.remoteId}_1`, url: null } });
      assert.equal(fake.sent(`POST /v24.0/${comment.remoteId}/comments`).at(-1)?.form?.get('message'), WORLD_TEXT.thai);
      assert.equal((await inbox.like!(subAccountSession(PAGE), { item: comment })).kind, 'ok');
      assert.equal((await inbox.hide!(subAccountSession(PAGE), { item: comment })).kind, 'ok');
      assert.equal(fake.sent(`POST /v24.0/${comment.remoteId}`).at(-1)?.form?.get('is_hidden'), 'true');
    });

    it('maps a throttled read to rate_limited and an expired token to unauthorized', async () => {
      fake.on(`GET /v24.0/${PAGE}/feed`, graphError(32, 'Page request limit reached'));
      assert.equal((await inbox.fetch(subAccountSession(PAGE), { kind: 'comment', cursor: null })).kind, 'rate_limited');
      fake.on(`GET /v24.0/${PAGE}/feed`, graphError(190, 'Error validating access token', { subcode: 467 }));
      assert.equal((await inbox.fetch(subAccountSession(PAGE), { kind: 'comment', cursor: null })).kind, 'unauthorized');
    });
  });

  describe('mentions', () => {
    it('reads posts that tag the Page and replies under them', async () => {
      fake.on(`GET /v24.0/${PAGE}/tagged`, {
        body: { data: [{ id: '77_88', message: `Ευχαριστούμε @Canopy ${WORLD_TEXT.emoji}`, created_time: '2026-11-20T12:00:00+0000', from: { id: 'u-3', name: 'Мила' } }] },
      });
      const res = await inbox.fetch(subAccountSession(PAGE), { kind: 'mention', cursor: null });
      assert.equal(res.kind, 'ok');
      if (res.kind !== 'ok') return;
      assert.equal(res.value.cursor, null);
      const [mention] = res.value.items;
      assert.deepEqual(mention?.author, { remoteId: 'u-3', handle: 'Мила', displayName: 'Мила' });
      assert.equal(mention?.kind, 'mention');
      fake.on('POST /v24.0/77_88/comments', { body: { id: '77_88_1' } });
      assert.equal((await inbox.reply(subAccountSession(PAGE), { item: mention!, text: WORLD_TEXT.serbian })).kind, 'ok');
      assert.equal((await inbox.hide!(subAccountSession(PAGE), { item: mention! })).kind, 'rejected');
    });
  });
});
