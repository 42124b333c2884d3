import { timingSafeEqual } from 'node:crypto';
import type { PushedItem, WebhookReceiver } from '../adapter.ts';
import { hmacMatches } from '../webhook-signature.ts';

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Meta's webhooks (Graph API › Webhooks › Getting Started): the subscription check echoes
 * `hub.challenge` when `hub.verify_token` is ours, and every delivery is signed in
 * `X-Hub-Signature-256` as `sha256=` and the hex HMAC-SHA256 of the raw body under the app secret.
 */
export function metaWebhook(parse: (body: unknown) => PushedItem[]): WebhookReceiver {
  return {
    challenge(query, { verifyToken }) {
      const token = query['hub.verify_token'];
      const challenge = query['hub.challenge'];
      if (query['hub.mode'] !== 'subscribe' || !verifyToken || !token || !challenge || !sameText(token, verifyToken)) return null;
      return { type: 'text', body: challenge };
    },
    verify: (headers, rawBody, { appSecret }) => hmacMatches({ secret: appSecret, payload: rawBody, given: headers['x-hub-signature-256'], prefix: 'sha256=', encoding: 'hex' }),
    parse,
  };
}
