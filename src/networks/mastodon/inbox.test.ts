import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { AdapterSession, InboxItem } from '../adapter.ts';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { ACCOUNT_ID, accountJson, htmlOf, statusJson } from './fixtures.ts';
import { createMastodonAdapter } from './index.ts';

const ana = accountJson({ id: '7', username: 'ana', acct: 'ana@social.example', display_name: 'Ана Петровић', avatar: 'https://social.example/ana.png' });

function mention(id: string, status: Record<string, unknown>) {
  return { id, type: 'mention', created_at: '2026-11-21T12:00:00.000Z', account: ana, group_key: `ungrouped-${id}`, status: statusJson({ id: `s${id}`, account: ana, ...status }) };
}

const notifications = [
  mention('30', { content: htmlOf('@canopy Одличан пост! 👏'), in_reply_to_id: '110000', in_reply_to_account_id: ACCOUNT_ID }),
  mention('29', { content: htmlOf('Have you seen @canopy? สวัสดี') }),
  mention('28', { content: htmlOf('@canopy Γεια σου, ένα ιδιωτικό μήνυμα'), visibility: 'direct' }),
];

describe('Mastodon inbox', () => {
  let fake: FakeNetwork;
  let session: AdapterSession;
  const inbox = createMastodonAdapter({}).inbox!;

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
    session = testSession({ account: { remoteId: ACCOUNT_ID, serviceUrl: fake.url } });
  });
  afterEach(() => fake.stop());

  it('sorts mention notifications into comments, mentions and messages', async () => {
    fake.on('GET /api/v1/notifications', { body: notifications });
    const comments = okValue(await inbox.fetch(session, { kind: 'comment', cursor: null }));
    assert.deepEqual(comments.items, [
      {
        remoteId: 's30',
        kind: 'comment',
        threadId: '110000',
        parentRemoteId: '110000',
        author: { remoteId: '7', handle: 'ana@social.example', displayName: 'Ана Петровић', avatarUrl: 'https://social.example/ana.png' },
        text: '@canopy Одличан пост! 👏',
        createdAt: new Date('2026-11-21T12:00:00.000Z'),
        url: 'https://example.social/@canopy/s30',
      },
    ]);
    assert.equal(comments.cursor, null, 'a short page is the last one');
    const sent = fake.sent('GET /api/v1/notifications')[0];
    assert.deepEqual(sent?.query.getAll('types[]'), ['mention']);
    assert.equal(sent?.headers.authorization, 'Bearer test-access-token');

    const mentions = okValue(await inbox.fetch(session, { kind: 'mention', cursor: null }));
    assert.deepEqual(mentions.items.map((i) => [i.remoteId, i.text]), [['s29', 'Have you seen @canopy? สวัสดี']]);
    const messages = okValue(await inbox.fetch(session, { kind: 'message', cursor: null }));
    assert.deepEqual(messages.items.map((i) => [i.remoteId, i.kind]), [['s28', 'message']]);
  });

  it('walks back to older notifications with max_id', async () => {
    const full = Array.from({ length: 40 }, (_, i) => mention(String(100 - i), { content: htmlOf(`#${i}`) }));
    fake.on('GET /api/v1/notifications', (req) => ({ body: req.query.get('max_id') ? [] : full }));
    const first = okValue(await inbox.fetch(session, { kind: 'mention', cursor: null }));
    assert.equal(first.items.length, 40);
    assert.equal(first.cursor, '61');
    const second = okValue(await inbox.fetch(session, { kind: 'mention', cursor: first.cursor }));
    assert.deepEqual(second, { items: [], cursor: null });
    assert.equal(fake.sent('GET /api/v1/notifications')[1]?.query.get('max_id'), '61');
  });

  it('replies in the thread, naming the author; privately to a message', async () => {
    fake.on('POST /api/v1/statuses', { body: statusJson({ id: '120' }) });
    const item: InboxItem = {
      remoteId: 's30',
      kind: 'comment',
      threadId: '110000',
      author: { remoteId: '7', handle: 'ana@social.example', displayName: 'Ана' },
      text: 'hi',
      createdAt: new Date(),
    };
    okValue(await inbox.reply(session, { item, text: 'Хвала! 🙏' }));
    okValue(await inbox.reply(session, { item: { ...item, kind: 'message' }, text: '@ana@social.example ευχαριστώ' }));
    const [reply, message] = fake.sent('POST /api/v1/statuses');
    assert.deepEqual(reply?.json, { status: '@ana@social.example Хвала! 🙏', in_reply_to_id: 's30', visibility: 'public' });
    assert.deepEqual(message?.json, { status: '@ana@social.example ευχαριστώ', in_reply_to_id: 's30', visibility: 'direct' });
  });

  it('likes with a favourite, and reports a revoked token as unauthorized', async () => {
    fake.on('POST /api/v1/statuses/s30/favourite', { body: statusJson({ id: 's30', favourited: true }) });
    const item: InboxItem = { remoteId: 's30', kind: 'comment', threadId: '1', author: { remoteId: '7', handle: 'ana', displayName: 'Ana' }, text: '', createdAt: new Date() };
    okValue(await inbox.like!(session, { item }));
    assert.equal(fake.sent('POST /api/v1/statuses/s30/favourite').length, 1);

    fake.on('GET /api/v1/notifications', { status: 401, body: { error: 'The access token is invalid' } });
    failureOf(await inbox.fetch(session, { kind: 'comment', cursor: null }), 'unauthorized');
  });
});
