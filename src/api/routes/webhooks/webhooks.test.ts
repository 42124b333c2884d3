import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { inboxItems } from '../../../db/schema.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { createWorkspace, signUpOwner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';
import { until } from '../../../testing/until.ts';

const META_SECRET = 'meta-app-secret-for-tests';
const X_SECRET = 'x-consumer-secret-for-tests';
const VERIFY_TOKEN = 'canopy-verify-token-0123456789';
const PAGE_ID = '1029384756';
const X_USER = '44196397';

const metaSign = (body: Buffer, secret = META_SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const xSign = (body: Buffer) => `sha256=${createHmac('sha256', X_SECRET).update(body).digest('base64')}`;

function pageDelivery(comments: Array<{ id: string; text: string }>): Buffer {
  return Buffer.from(
    JSON.stringify({
      object: 'page',
      entry: [
        {
          id: PAGE_ID,
          time: 1_790_000_000,
          changes: comments.map((c) => ({
            field: 'feed',
            value: { item: 'comment', verb: 'add', comment_id: c.id, post_id: `${PAGE_ID}_555`, parent_id: `${PAGE_ID}_555`, from: { id: '777', name: 'Μαρία Παπαδοπούλου' }, message: c.text, created_time: 1_790_000_000 },
          })),
        },
      ],
    }),
  );
}

describe('webhooks', () => {
  let t: TestApp;
  let post: (network: string, body: Buffer, headers?: Record<string, string>) => Promise<{ status: number; body: Record<string, unknown> }>;
  const count = async (profileId: string) =>
    Number(((await t.database.db.execute(sql`select count(*)::int as n from inbox_items where profile_id = ${profileId}`)) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);
  let pageProfile: string;
  let xProfile: string;

  before(async () => {
    t = await startTestApp({
      NETWORK_FACEBOOK_CLIENT_ID: 'fb-app',
      NETWORK_FACEBOOK_CLIENT_SECRET: META_SECRET,
      NETWORK_X_CLIENT_ID: 'x-app',
      NETWORK_X_CLIENT_SECRET: X_SECRET,
      WEBHOOK_VERIFY_TOKEN: VERIFY_TOKEN,
    });
    const owner = await signUpOwner(t.url);
    const ws = await createWorkspace(owner);
    pageProfile = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'facebook', remoteId: PAGE_ID });
    xProfile = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'x', remoteId: X_USER });
    post = async (network, body, headers = {}) => {
      const res = await fetch(`${t.url}/api/v1/webhooks/${network}`, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': 'application/json', ...headers } });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
  });
  after(() => t.stop());

  it("answers Meta's subscription check only with our verify token", async () => {
    const ok = await fetch(`${t.url}/api/v1/webhooks/facebook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    assert.equal(ok.status, 200);
    assert.equal(await ok.text(), '1158201444');
    const wrong = await fetch(`${t.url}/api/v1/webhooks/facebook?hub.mode=subscribe&hub.verify_token=not-ours-at-all-000&hub.challenge=1158201444`);
    assert.equal(wrong.status, 403);
    assert.equal((await fetch(`${t.url}/api/v1/webhooks/snapchat?hub.mode=subscribe`)).status, 404);
  });

  it('stores a signed delivery once, however often it is replayed', async () => {
    const body = pageDelivery([
      { id: `${PAGE_ID}_555_1`, text: 'Πότε έρχεται στην Αθήνα;' },
      { id: `${PAGE_ID}_555_2`, text: 'Када стиже у Београд?' },
    ]);
    for (let i = 0; i < 3; i++) assert.deepEqual(await post('facebook', body, { 'x-hub-signature-256': metaSign(body) }), { status: 200, body: { accepted: 2 } });
    await until('the delivery to be stored', async () => (await count(pageProfile)) === 2);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await count(pageProfile), 2, 'replays stored nothing twice');
    const [item] = await t.database.db.select().from(inboxItems).where(eq(inboxItems.remoteId, `${PAGE_ID}_555_2`));
    assert.deepEqual([item!.kind, item!.threadId, item!.authorName, item!.text], ['comment', `${PAGE_ID}_555`, 'Μαρία Παπαδοπούλου', 'Када стиже у Београд?']);
  });

  it('refuses unsigned, tampered and wrongly signed deliveries, and random ones, storing nothing', async () => {
    const before = await count(pageProfile);
    const body = pageDelivery([{ id: `${PAGE_ID}_555_666`, text: 'forged' }]);
    const signature = metaSign(body);
    const tampered = Buffer.from(body.toString().replace('forged', 'f0rged'));
    const attempts: Array<[Buffer, Record<string, string>]> = [
      [body, {}],
      [tampered, { 'x-hub-signature-256': signature }],
      [body, { 'x-hub-signature-256': metaSign(body, 'another-secret') }],
      [body, { 'x-hub-signature-256': signature.replace('sha256=', 'sha1=') }],
      [body, { 'x-hub-signature-256': signature.slice(0, -2) }],
    ];
    // Fuzz: one byte of a signed body changed at random, or a random signature, 200 times.
    for (let i = 0; i < 200; i++) {
      const mutated = Buffer.from(body);
      const at = Math.floor(Math.random() * mutated.length);
      mutated[at] = (mutated[at]! + 1 + Math.floor(Math.random() * 254)) % 256;
      attempts.push(i % 2 ? [mutated, { 'x-hub-signature-256': signature }] : [body, { 'x-hub-signature-256': `sha256=${randomBytes(32).toString('hex')}` }]);
    }
    let accepted = 0;
    for (const [b, h] of attempts) {
      const res = await post('facebook', b, h);
      if (res.status === 200) accepted++;
      else assert.equal(res.status, 401);
    }
    assert.equal(accepted, 0);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await count(pageProfile), before);
  });

  it('accepts a delivery of 1,000 updates and stores each', async () => {
    const before = await count(pageProfile);
    const body = pageDelivery(Array.from({ length: 1_000 }, (_, n) => ({ id: `${PAGE_ID}_777_${n}`, text: `ความคิดเห็นที่ ${n}` })));
    assert.deepEqual(await post('facebook', body, { 'x-hub-signature-256': metaSign(body) }), { status: 200, body: { accepted: 1_000 } });
    await until('a thousand items to be stored', async () => (await count(pageProfile)) === before + 1_000);
  });

  it("answers X's CRC and stores replies, mentions and messages from a signed delivery", async () => {
    const crc = await fetch(`${t.url}/api/v1/webhooks/x?crc_token=challenge-123`);
    assert.deepEqual(await crc.json(), { response_token: `sha256=${createHmac('sha256', X_SECRET).update('challenge-123').digest('base64')}` });
    const fan = { id_str: '2244994945', screen_name: 'nikola_bg', name: 'Никола' };
    const body = Buffer.from(
      JSON.stringify({
        for_user_id: X_USER,
        tweet_create_events: [
          { id_str: '1900000000000000001', text: '@brand Одлично!', created_at: 'Sat Nov 21 10:00:00 +0000 2026', user: fan, in_reply_to_status_id_str: '1800000000000000000', in_reply_to_user_id_str: X_USER },
          { id_str: '1900000000000000002', text: 'Look at @brand', created_at: 'Sat Nov 21 10:01:00 +0000 2026', user: fan, entities: { user_mentions: [{ id_str: X_USER }] } },
          { id_str: '1900000000000000003', text: 'our own tweet', created_at: 'Sat Nov 21 10:02:00 +0000 2026', user: { id_str: X_USER, screen_name: 'brand', name: 'Brand' } },
        ],
        direct_message_events: [
          { type: 'message_create', id: '1900000000000000004', created_timestamp: '1795255200000', message_create: { sender_id: fan.id_str, target: { recipient_id: X_USER }, message_data: { text: 'สวัสดีครับ' } } },
        ],
        users: { [fan.id_str]: { id: fan.id_str, name: fan.name, screen_name: fan.screen_name } },
      }),
    );
    assert.equal((await post('x', body, { 'x-twitter-webhooks-signature': metaSign(body) })).status, 401, 'a hex signature is not X’s');
    assert.deepEqual(await post('x', body, { 'x-twitter-webhooks-signature': xSign(body) }), { status: 200, body: { accepted: 3 } });
    await until('the X items to be stored', async () => (await count(xProfile)) === 3);
    const rows = await t.database.db.select().from(inboxItems).where(eq(inboxItems.profileId, xProfile));
    assert.deepEqual(rows.map((r) => [r.kind, r.threadId]).sort(), [
      ['comment', '1800000000000000000'],
      ['mention', '1900000000000000002'],
      ['message', `${X_USER}-${fan.id_str}`],
    ]);
  });
});
