import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AdapterSession, InboxItem } from '../adapter.ts';
import { testSession } from '../testing/session.ts';
import { businessUseCaseUsage, fakeNetworkFor, graphError, minutesFromNow, WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { createWhatsAppAdapter } from './index.ts';

const NUMBER = '106540352242922';

function numberSession(): AdapterSession {
  return testSession({ account: { remoteId: NUMBER, handle: '+30 21 0000 0000' }, credentials: { accessToken: 'system-user-token', extra: { phoneNumberId: NUMBER } } });
}

const message: InboxItem = {
  remoteId: 'wamid.HBgMMzA2OTAwMDAwMDAwFQIAEhgUM0E',
  kind: 'message',
  threadId: '306900000000',
  author: { remoteId: '306900000000', handle: '+306900000000', displayName: 'Ελένη' },
  text: WORLD_TEXT.greek,
  createdAt: new Date('2026-11-21T09:00:00Z'),
};

describe('WhatsApp inbox', () => {
  const { fake, subject: inbox } = fakeNetworkFor((url) => createWhatsAppAdapter({ whatsapp: url }).inbox!);

  describe('messages', () => {
    it('has nothing to fetch: messages come by webhook', async () => {
      const before = fake.requests.length;
      assert.deepEqual(await inbox.fetch(numberSession(), { kind: 'message', cursor: null }), { kind: 'ok', value: { items: [], cursor: null } });
      assert.equal(fake.requests.length, before);
    });

    it('answers with a text message quoting the customer\'s', async () => {
      fake.on(`POST /v24.0/${NUMBER}/messages`, { body: { messaging_product: 'whatsapp', contacts: [{ input: '306900000000', wa_id: '306900000000' }], messages: [{ id: 'wamid.OUT1' }] } });
      const text = `${WORLD_TEXT.serbian} https://canopy.example/menu`;
      const res = await inbox.reply(numberSession(), { item: message, text });
      assert.deepEqual(res, { kind: 'ok', value: { remoteId: 'wamid.OUT1', url: null } });
      const sent = fake.sent(`POST /v24.0/${NUMBER}/messages`).at(-1);
      assert.equal(sent?.headers.authorization, 'Bearer system-user-token');
      assert.deepEqual(sent?.json, {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '306900000000',
        context: { message_id: message.remoteId },
        type: 'text',
        text: { preview_url: true, body: text },
      });
    });

    it('likes a message with a 👍 reaction', async () => {
      fake.on(`POST /v24.0/${NUMBER}/messages`, { body: { messaging_product: 'whatsapp', messages: [{ id: 'wamid.R1' }] } });
      assert.equal((await inbox.like!(numberSession(), { item: message })).kind, 'ok');
      assert.deepEqual((fake.sent(`POST /v24.0/${NUMBER}/messages`).at(-1)?.json as { reaction?: unknown }).reaction, { message_id: message.remoteId, emoji: '👍' });
    });

    it('rejects an answer after the 24-hour customer service window (131047)', async () => {
      fake.on(`POST /v24.0/${NUMBER}/messages`, graphError(131047, 'Re-engagement message', { userMessage: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' }));
      const res = await inbox.reply(numberSession(), { item: message, text: WORLD_TEXT.thai });
      assert.equal(res.kind === 'rejected' && res.code, 'messaging_window');
    });

    it('maps the pair and throughput limits to rate_limited, and a spent business use case budget stops calls', async () => {
      fake.on(`POST /v24.0/${NUMBER}/messages`, graphError(131056, '(Business Account, Consumer Account) pair rate limit hit', { status: 400 }));
      const pair = await inbox.reply(numberSession(), { item: message, text: 'x' });
      assert.ok(pair.kind === 'rate_limited' && minutesFromNow(pair.retryAt) < 1);
      fake.on(`POST /v24.0/${NUMBER}/messages`, graphError(130429, 'Rate limit hit'));
      assert.equal((await inbox.reply(numberSession(), { item: message, text: 'x' })).kind, 'rate_limited');

      const session = numberSession();
      fake.on(`POST /v24.0/${NUMBER}/messages`, graphError(80007, 'Rate limit issues', { headers: businessUseCaseUsage('102290129340398', 100, 25, 'whatsapp_business_management') }));
      const waba = await inbox.reply(session, { item: message, text: 'x' });
      assert.ok(waba.kind === 'rate_limited' && Math.abs(minutesFromNow(waba.retryAt) - 25) < 1, JSON.stringify(waba));
      const before = fake.requests.length;
      assert.equal((await inbox.like!(session, { item: message })).kind, 'rate_limited');
      assert.equal(fake.requests.length, before, 'nothing reached the server');
    });

    it('maps an expired token to unauthorized and a bad number to rejected with Meta\'s message', async () => {
      fake.on(`POST /v24.0/${NUMBER}/messages`, graphError(190, 'Error validating access token: Session has expired', { subcode: 463 }));
      assert.equal((await inbox.reply(numberSession(), { item: message, text: 'x' })).kind, 'unauthorized');
      fake.on(`POST /v24.0/${NUMBER}/messages`, graphError(100, 'Invalid parameter', { userMessage: 'Recipient phone number not in allowed list' }));
      assert.deepEqual(await inbox.reply(numberSession(), { item: message, text: 'x' }), { kind: 'rejected', reason: 'Recipient phone number not in allowed list (#100)', code: 'invalid_parameter' });
    });

    it('answers unknown when the message may have gone out but the answer came too late', async () => {
      fake.on(`POST /v24.0/${NUMBER}/messages`, { delayMs: 1_500, body: { messages: [{ id: 'wamid.LATE' }] } });
      assert.equal((await inbox.reply(numberSession(), { item: message, text: 'x' })).kind, 'unknown');
    });
  });
});
