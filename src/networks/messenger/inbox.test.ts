import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InboxItem } from '../adapter.ts';
import { businessUseCaseUsage, carriedToken, fakeNetworkFor, graphError, minutesFromNow, subAccountSession, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createMessengerAdapter } from './index.ts';

const PAGE = '2020';

describe('Messenger inbox', () => {
  const { fake, subject: inbox } = fakeNetworkFor((url) => createMessengerAdapter({ messenger: url }).inbox!);

  const message: InboxItem = {
    remoteId: 'm_abc',
    kind: 'message',
    threadId: 't_1',
    author: { remoteId: 'psid-77', handle: 'Σοφία', displayName: 'Σοφία' },
    text: WORLD_TEXT.greek,
    createdAt: new Date('2026-11-21T10:00:00Z'),
    url: 'https://www.facebook.com/2020/inbox/t_1',
  };

  describe('messages', () => {
    it('reads the Page\'s conversations, leaving out the Page\'s own messages', async () => {
      fake.on(`GET /v24.0/${PAGE}/conversations`, {
        body: {
          data: [
            {
              id: 't_1',
              link: '/2020/inbox/t_1',
              messages: {
                data: [
                  { id: 'm_abd', message: 'Καλημέρα! Πώς μπορούμε να βοηθήσουμε;', created_time: '2026-11-21T10:01:00+0000', from: { id: PAGE, name: 'Canopy' } },
                  { id: 'm_abc', message: WORLD_TEXT.greek, created_time: '2026-11-21T10:00:00+0000', from: { id: 'psid-77', name: 'Σοφία' } },
                ],
              },
            },
          ],
          paging: { cursors: { after: 'conv-c1' }, next: 'n' },
        },
      });
      const res = await inbox.fetch(subAccountSession(PAGE), { kind: 'message', cursor: null });
      assert.deepEqual(res, { kind: 'ok', value: { items: [message], cursor: 'conv-c1' } });
      const sent = fake.sent(`GET /v24.0/${PAGE}/conversations`).at(-1);
      assert.equal(sent?.query.get('platform'), 'messenger');
      assert.ok(carriedToken(sent, 'page-token'));
    });

    it('answers with a RESPONSE message to the person\'s page-scoped id', async () => {
      fake.on(`POST /v24.0/${PAGE}/messages`, { body: { recipient_id: 'psid-77', message_id: 'm_reply_1' } });
      const res = await inbox.reply(subAccountSession(PAGE), { item: message, text: `${WORLD_TEXT.thai} ${WORLD_TEXT.emoji}` });
      assert.deepEqual(res, { kind: 'ok', value: { remoteId: 'm_reply_1', url: null } });
      const sent = fake.sent(`POST /v24.0/${PAGE}/messages`).at(-1);
      assert.deepEqual(sent?.json, { recipient: { id: 'psid-77' }, messaging_type: 'RESPONSE', message: { text: `${WORLD_TEXT.thai} ${WORLD_TEXT.emoji}` } });
      assert.ok(carriedToken(sent, 'page-token'));
    });

    it('rejects an answer after the 24-hour window, saying why', async () => {
      fake.on(`POST /v24.0/${PAGE}/messages`, graphError(10, '(#10) This message is sent outside of allowed window.', { subcode: 2018278 }));
      const res = await inbox.reply(subAccountSession(PAGE), { item: message, text: 'late' });
      assert.equal(res.kind === 'rejected' && res.code, 'messaging_window');
      assert.match(res.kind === 'rejected' ? res.reason : '', /24-hour window/);
    });

    it('maps Messenger throttling (80006) with its usage header to rate_limited, then stops calling', async () => {
      const session = subAccountSession(PAGE);
      fake.on(`POST /v24.0/${PAGE}/messages`, graphError(80006, 'There have been too many messages sent from this Page', { headers: businessUseCaseUsage(PAGE, 100, 10, 'messenger') }));
      const res = await inbox.reply(session, { item: message, text: 'x' });
      assert.ok(res.kind === 'rate_limited' && Math.abs(minutesFromNow(res.retryAt) - 10) < 1, JSON.stringify(res));
      const before = fake.requests.length;
      assert.equal((await inbox.fetch(session, { kind: 'message', cursor: null })).kind, 'rate_limited');
      assert.equal(fake.requests.length, before, 'nothing reached the server');
    });

    it('maps an expired Page token to unauthorized and a bad parameter to rejected', async () => {
      fake.on(`GET /v24.0/${PAGE}/conversations`, graphError(190, 'Error validating access token: Session has expired', { subcode: 463 }));
      assert.equal((await inbox.fetch(subAccountSession(PAGE), { kind: 'message', cursor: null })).kind, 'unauthorized');
      fake.on(`POST /v24.0/${PAGE}/messages`, graphError(100, 'Invalid parameter', { userMessage: 'Message text is too long' }));
      assert.deepEqual(await inbox.reply(subAccountSession(PAGE), { item: message, text: 'x' }), { kind: 'rejected', reason: 'Message text is too long (#100)', code: 'invalid_parameter' });
    });

    it('answers unknown when the message may have gone out but the answer came too late', async () => {
      fake.on(`POST /v24.0/${PAGE}/messages`, { delayMs: 1_500, body: { recipient_id: 'psid-77', message_id: 'm_late' } });
      assert.equal((await inbox.reply(subAccountSession(PAGE), { item: message, text: 'x' })).kind, 'unknown');
    });
  });
});
