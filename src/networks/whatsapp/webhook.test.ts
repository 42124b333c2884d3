import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { WORLD_TEXT } from '../meta/graph-fixtures.ts';
import { answerSubscriptionCheck, parseWhatsAppWebhook, verifyWebhookSignature } from './webhook.ts';

const delivery = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '302100000000', phone_number_id: '106540352242922' },
            contacts: [{ profile: { name: 'สมชาย' }, wa_id: '66810000000' }],
            messages: [
              { from: '66810000000', id: 'wamid.IN1', timestamp: '1795345200', type: 'text', text: { body: WORLD_TEXT.thai } },
              { from: '66810000000', id: 'wamid.IN2', timestamp: '1795345260', type: 'image', image: { caption: WORLD_TEXT.emoji } },
              { from: '66810000000', id: 'wamid.IN3', timestamp: '1795345270', type: 'reaction', reaction: { message_id: 'wamid.OUT1', emoji: '❤️' } },
            ],
          },
        },
        { field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: '106540352242922' }, statuses: [{ id: 'wamid.OUT1', status: 'read' }] } },
      ],
    },
  ],
};

describe('WhatsApp webhook', () => {
  it('turns a delivery into inbox items for the business number, leaving out statuses and reactions', () => {
    const items = parseWhatsAppWebhook(delivery);
    assert.deepEqual(items, [
      {
        phoneNumberId: '106540352242922',
        item: {
          remoteId: 'wamid.IN1',
          kind: 'message',
          threadId: '66810000000',
          author: { remoteId: '66810000000', handle: '+66810000000', displayName: 'สมชาย' },
          text: WORLD_TEXT.thai,
          createdAt: new Date(1795345200 * 1000),
        },
      },
      {
        phoneNumberId: '106540352242922',
        item: {
          remoteId: 'wamid.IN2',
          kind: 'message',
          threadId: '66810000000',
          author: { remoteId: '66810000000', handle: '+66810000000', displayName: 'สมชาย' },
          text: WORLD_TEXT.emoji,
          createdAt: new Date(1795345260 * 1000),
        },
      },
    ]);
  });

  it('ignores payloads that are not WhatsApp deliveries', () => {
    assert.deepEqual(parseWhatsAppWebhook({ object: 'page', entry: [] }), []);
    assert.deepEqual(parseWhatsAppWebhook(null), []);
  });

  it('accepts only deliveries signed with the app secret', () => {
    const raw = JSON.stringify(delivery);
    const signature = `sha256=${createHmac('sha256', 'app-secret').update(raw).digest('hex')}`;
    assert.equal(verifyWebhookSignature(raw, signature, 'app-secret'), true);
    assert.equal(verifyWebhookSignature(raw, signature, 'other-secret'), false);
    assert.equal(verifyWebhookSignature(`${raw} `, signature, 'app-secret'), false);
    assert.equal(verifyWebhookSignature(raw, undefined, 'app-secret'), false);
    assert.equal(verifyWebhookSignature(raw, 'sha256=abc', 'app-secret'), false);
  });

  it('answers Meta\'s subscription check only with our verify token', () => {
    const check = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': 'ours', 'hub.challenge': '1158201444' });
    assert.equal(answerSubscriptionCheck(check, 'ours'), '1158201444');
    assert.equal(answerSubscriptionCheck(check, 'theirs'), null);
  });
});
