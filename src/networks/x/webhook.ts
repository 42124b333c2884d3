import { z } from 'zod';
import type { InboxItem, PushedItem, WebhookReceiver } from '../adapter.ts';
import { hmacMatches, hmacOf } from '../webhook-signature.ts';

/**
 * X's Account Activity webhooks (X API › Account Activity API › Securing webhooks): the CRC check
 * answers `crc_token` with `sha256=` and the base64 HMAC-SHA256 of it under the consumer secret,
 * and every delivery is signed the same way over the raw body in `x-twitter-webhooks-signature`.
 */
const user = z.object({ id_str: z.string(), screen_name: z.string(), name: z.string(), profile_image_url_https: z.string().optional() });
const tweet = z.object({
  id_str: z.string(),
  text: z.string().optional(),
  extended_tweet: z.object({ full_text: z.string() }).optional(),
  created_at: z.string(),
  user,
  in_reply_to_status_id_str: z.string().nullish(),
  in_reply_to_user_id_str: z.string().nullish(),
  entities: z.object({ user_mentions: z.array(z.object({ id_str: z.string() })).default([]) }).optional(),
});
const directMessage = z.object({
  type: z.literal('message_create'),
  id: z.string(),
  created_timestamp: z.string(),
  message_create: z.object({ sender_id: z.string(), target: z.object({ recipient_id: z.string() }), message_data: z.object({ text: z.string() }) }),
});
const delivery = z.object({
  for_user_id: z.string(),
  tweet_create_events: z.array(z.unknown()).max(1_000).default([]),
  direct_message_events: z.array(z.unknown()).max(1_000).default([]),
  users: z.record(z.string(), z.object({ id: z.string(), name: z.string(), screen_name: z.string() })).default({}),
});

/** One-to-one conversations are named by both ids, the lower first, as X names them. */
const conversationOf = (a: string, b: string) => (BigInt(a) < BigInt(b) ? `${a}-${b}` : `${b}-${a}`);

export function parseAccountActivity(body: unknown): PushedItem[] {
  const parsed = delivery.safeParse(body);
  if (!parsed.success) return [];
  const me = parsed.data.for_user_id;
  const items: InboxItem[] = [];
  for (const raw of parsed.data.tweet_create_events) {
    const t = tweet.safeParse(raw);
    if (!t.success || t.data.user.id_str === me) continue;
    const reply = t.data.in_reply_to_user_id_str === me;
    const mention = t.data.entities?.user_mentions.some((m) => m.id_str === me) ?? false;
    if (!reply && !mention) continue;
    items.push({
      remoteId: t.data.id_str,
      kind: reply ? 'comment' : 'mention',
      threadId: t.data.in_reply_to_status_id_str ?? t.data.id_str,
      ...(t.data.in_reply_to_status_id_str ? { parentRemoteId: t.data.in_reply_to_status_id_str } : {}),
      author: { remoteId: t.data.user.id_str, handle: t.data.user.screen_name, displayName: t.data.user.name, ...(t.data.user.profile_image_url_https ? { avatarUrl: t.data.user.profile_image_url_https } : {}) },
      text: t.data.extended_tweet?.full_text ?? t.data.text ?? '',
      createdAt: new Date(t.data.created_at),
      url: `https://x.com/${t.data.user.screen_name}/status/${t.data.id_str}`,
    });
  }
  for (const raw of parsed.data.direct_message_events) {
    const dm = directMessage.safeParse(raw);
    if (!dm.success || !/^\d+$/.test(dm.data.message_create.sender_id) || !/^\d+$/.test(dm.data.message_create.target.recipient_id)) continue;
    const { sender_id: sender, target, message_data: data } = dm.data.message_create;
    if (sender === me) continue;
    const who = parsed.data.users[sender];
    items.push({
      remoteId: dm.data.id,
      kind: 'message',
      threadId: conversationOf(sender, target.recipient_id),
      author: { remoteId: sender, handle: who?.screen_name ?? sender, displayName: who?.name ?? who?.screen_name ?? sender },
      text: data.text,
      createdAt: new Date(Number(dm.data.created_timestamp)),
    });
  }
  return items.filter((i) => !Number.isNaN(i.createdAt.getTime())).map((item) => ({ accountRemoteId: me, item }));
}

export const xWebhook: WebhookReceiver = {
  challenge(query, { appSecret }) {
    const token = query.crc_token;
    if (!token || !appSecret) return null;
    return { type: 'json', body: { response_token: `sha256=${hmacOf(appSecret, token, 'base64')}` } };
  },
  verify: (headers, rawBody, { appSecret }) => hmacMatches({ secret: appSecret, payload: rawBody, given: headers['x-twitter-webhooks-signature'], prefix: 'sha256=', encoding: 'base64' }),
  parse: parseAccountActivity,
};
