import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carriedToken, fakeNetworkFor, graphError, subAccountSession, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createInstagramAdapter } from './index.ts';

const IG = '17841400000000001';

describe('Instagram inbox', () => {
  const { fake, subject: inbox } = fakeNetworkFor((url) => createInstagramAdapter({ instagram: url }).inbox!);

  describe('comments', () => {
    it('reads comments under recent media, leaving out the account\'s own, and pages on', async () => {
      fake.on(`GET /v24.0/${IG}/media`, {
        body: {
          data: [
            {
              id: 'm-1',
              permalink: 'https://www.instagram.com/p/A/',
              comments: {
                data: [
                  { id: 'cm-1', text: WORLD_TEXT.serbian, timestamp: '2026-11-21T10:00:00+0000', username: 'milica', from: { id: 'igu-5', username: 'milica' } },
                  { id: 'cm-2', text: 'Хвала!', timestamp: '2026-11-21T10:01:00+0000', username: 'canopy_test', from: { id: IG, username: 'canopy_test' } },
                ],
              },
            },
          ],
          paging: { cursors: { after: 'media-c1' }, next: `${fake.url}/next` },
        },
      });
      const res = await inbox.fetch(subAccountSession(IG), { kind: 'comment', cursor: null });
      assert.deepEqual(res, {
        kind: 'ok',
        value: {
          items: [
            {
              remoteId: 'cm-1',
              kind: 'comment',
              threadId: 'm-1',
              parentRemoteId: 'm-1',
              author: { remoteId: 'igu-5', handle: 'milica', displayName: 'milica' },
              text: WORLD_TEXT.serbian,
              createdAt: new Date('2026-11-21T10:00:00Z'),
              url: 'https://www.instagram.com/p/A/',
            },
          ],
          cursor: 'media-c1',
        },
      });
      assert.ok(carriedToken(fake.sent(`GET /v24.0/${IG}/media`).at(-1), 'page-token'));
    });

    it('replies to a comment and hides it', async () => {
      const item = { remoteId: 'cm-1', kind: 'comment' as const, threadId: 'm-1', author: { remoteId: 'igu-5', handle: 'milica', displayName: 'milica' }, text: 'hi', createdAt: new Date() };
      fake.on('POST /v24.0/cm-1/replies', { body: { id: 'cm-1-r' } });
      fake.on('POST /v24.0/cm-1', { body: { success: true } });
      assert.deepEqual(await inbox.reply(subAccountSession(IG), { item, text: WORLD_TEXT.thai }), { kind: 'ok', value: { remoteId: 'cm-1-r', url: null } });
      assert.equal(fake.sent('POST /v24.0/cm-1/replies').at(-1)?.form?.get('message'), WORLD_TEXT.thai);
      assert.equal((await inbox.hide!(subAccountSession(IG), { item })).kind, 'ok');
      assert.equal(fake.sent('POST /v24.0/cm-1').at(-1)?.form?.get('hide'), 'true');
      assert.equal(inbox.like, undefined, 'Instagram cannot like comments through the API');
    });

    it('maps a throttled read to rate_limited', async () => {
      fake.on(`GET /v24.0/${IG}/media`, graphError(80002, 'There have been too many calls to this Instagram account'));
      assert.equal((await inbox.fetch(subAccountSession(IG), { kind: 'comment', cursor: null })).kind, 'rate_limited');
    });
  });

  describe('mentions', () => {
    it('reads media the account is tagged in and replies through the mentions edge', async () => {
      fake.on(`GET /v24.0/${IG}/tags`, { body: { data: [{ id: 'm-77', caption: `Με τους @canopy_test ${WORLD_TEXT.emoji}`, timestamp: '2026-11-20T08:00:00+0000', username: 'eleni' }] } });
      const res = await inbox.fetch(subAccountSession(IG), { kind: 'mention', cursor: null });
      assert.equal(res.kind, 'ok');
      if (res.kind !== 'ok') return;
      const [mention] = res.value.items;
      assert.equal(mention?.author.handle, 'eleni');
      assert.equal(res.value.cursor, null);
      fake.on(`POST /v24.0/${IG}/mentions`, { body: { id: 'cm-99' } });
      assert.equal((await inbox.reply(subAccountSession(IG), { item: mention!, text: 'Ευχαριστούμε!' })).kind, 'ok');
      const sent = fake.sent(`POST /v24.0/${IG}/mentions`).at(-1);
      assert.equal(sent?.form?.get('media_id'), 'm-77');
      assert.equal(sent?.form?.get('message'), 'Ευχαριστούμε!');
    });
  });
});
