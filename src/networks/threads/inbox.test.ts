import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeNetworkFor, graphError, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createThreadsAdapter } from './index.ts';
import { carriedThreadsToken, threadsSession, USER } from './testing.ts';

describe('Threads inbox', () => {
  const { fake, subject: inbox } = fakeNetworkFor((url) => createThreadsAdapter({ threads: url }, { containerDelaysMs: [0] }).inbox!);

  describe('comments', () => {
    it('reads replies under recent posts, leaving out the profile\'s own', async () => {
      fake.on(`GET /v1.0/${USER}/threads`, { body: { data: [{ id: 'tp-1' }], paging: { cursors: { after: 'th-c1' }, next: 'n' } } });
      fake.on('GET /v1.0/tp-1/conversation', {
        body: {
          data: [
            { id: 'tr-1', text: WORLD_TEXT.thai, username: 'somchai', timestamp: '2026-11-21T11:00:00+0000', permalink: 'https://www.threads.com/p/tr-1', is_reply_owned_by_me: false },
            { id: 'tr-2', text: 'ขอบคุณครับ', username: 'canopy_test', timestamp: '2026-11-21T11:05:00+0000', is_reply_owned_by_me: true },
          ],
        },
      });
      const res = await inbox.fetch(threadsSession(), { kind: 'comment', cursor: null });
      assert.deepEqual(res, {
        kind: 'ok',
        value: {
          items: [
            {
              remoteId: 'tr-1',
              kind: 'comment',
              threadId: 'tp-1',
              parentRemoteId: 'tp-1',
              author: { remoteId: 'somchai', handle: 'somchai', displayName: 'somchai' },
              text: WORLD_TEXT.thai,
              createdAt: new Date('2026-11-21T11:00:00Z'),
              url: 'https://www.threads.com/p/tr-1',
            },
          ],
          cursor: 'th-c1',
        },
      });
      assert.ok(carriedThreadsToken(fake.sent('GET /v1.0/tp-1/conversation').at(-1)));
    });

    it('replies as the profile within the replies quota, and hides a reply', async () => {
      const item = { remoteId: 'tr-1', kind: 'comment' as const, threadId: 'tp-1', author: { remoteId: 'somchai', handle: 'somchai', displayName: 'somchai' }, text: 'x', createdAt: new Date() };
      fake.on(`GET /v1.0/${USER}/threads_publishing_limit`, { body: { data: [{ reply_quota_usage: 10, reply_config: { quota_total: 1000, quota_duration: 86400 } }] } });
      fake.on(`POST /v1.0/${USER}/threads`, { body: { id: 'rc-1' } });
      fake.on('GET /v1.0/rc-1', { body: { status: 'FINISHED' } });
      fake.on(`POST /v1.0/${USER}/threads_publish`, { body: { id: 'tr-3' } });
      fake.on('GET /v1.0/tr-3', { body: { permalink: 'https://www.threads.com/p/tr-3' } });
      assert.deepEqual(await inbox.reply(threadsSession(), { item, text: WORLD_TEXT.greek }), { kind: 'ok', value: { remoteId: 'tr-3', url: 'https://www.threads.com/p/tr-3' } });
      const container = fake.sent(`POST /v1.0/${USER}/threads`).at(-1);
      assert.equal(container?.form?.get('reply_to_id'), 'tr-1');
      assert.equal(container?.form?.get('text'), WORLD_TEXT.greek);

      fake.on('POST /v1.0/tr-1/manage_reply', { body: { success: true } });
      assert.equal((await inbox.hide!(threadsSession(), { item })).kind, 'ok');
      assert.equal(fake.sent('POST /v1.0/tr-1/manage_reply').at(-1)?.form?.get('hide'), 'true');
    });

    it('says rate_limited when the replies quota is used', async () => {
      const item = { remoteId: 'tr-1', kind: 'comment' as const, threadId: 'tp-1', author: { remoteId: 'a', handle: 'a', displayName: 'a' }, text: 'x', createdAt: new Date() };
      fake.on(`GET /v1.0/${USER}/threads_publishing_limit`, { body: { data: [{ reply_quota_usage: 1000, reply_config: { quota_total: 1000 } }] } });
      const before = fake.sent(`POST /v1.0/${USER}/threads`).length;
      assert.equal((await inbox.reply(threadsSession(), { item, text: 'x' })).kind, 'rate_limited');
      assert.equal(fake.sent(`POST /v1.0/${USER}/threads`).length, before);
    });
  });

  describe('mentions', () => {
    it('reads posts mentioning the profile', async () => {
      fake.on(`GET /v1.0/${USER}/mentions`, { body: { data: [{ id: 'tm-1', text: `@canopy_test ${WORLD_TEXT.serbian}`, username: 'jovana', timestamp: '2026-11-21T06:00:00+0000' }] } });
      const res = await inbox.fetch(threadsSession(), { kind: 'mention', cursor: null });
      assert.equal(res.kind === 'ok' && res.value.items[0]?.author.handle, 'jovana');
      assert.equal(res.kind === 'ok' && res.value.items[0]?.kind, 'mention');
    });

    it('maps a missing permission to rejected', async () => {
      fake.on(`GET /v1.0/${USER}/mentions`, graphError(10, 'Application does not have permission for this action'));
      assert.equal((await inbox.fetch(threadsSession(), { kind: 'mention', cursor: null })).kind, 'rejected');
    });
  });
});
