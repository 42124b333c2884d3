import { createHmac, timingSafeEqual } from 'node:crypto';
import type { InboxItem } from '../adapter.ts';

/**
 * WhatsApp delivers incoming messages only by webhook (Meta docs: "WhatsApp Cloud API › Webhooks",
 * "Webhooks › messages"). The webhook route answers Meta's subscription check, verifies each
 * delivery's X-Hub-Signature-256 with the app secret, and turns the payload into inbox items here,
 * keyed by the business phone number id so each lands in its profile's inbox.
 */
interface WebhookMessage {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  text?: { body?: string };
  button?: { text?: string };
  interactive?: { button_reply?: { title?: string }; list_reply?: { title?: string } };
  image?: { caption?: string };
  video?: { caption?: string };
  document?: { caption?: string; filename?: string };
  location?: { name?: string; address?: string };
}

interface WebhookValue {
  messaging_product?: string;
  metadata?: { phone_number_id?: string; display_phone_number?: string };
  contacts?: Array<{ wa_id: string; profile?: { name?: string } }>;
  messages?: WebhookMessage[];
}

interface WebhookPayload {
  object?: string;
  entry?: Array<{ id: string; changes?: Array<{ field?: string; value?: WebhookValue }> }>;
}

export interface WebhookInboxItem {
  /** The business phone number the message was sent to: the profile's remoteId. */
  phoneNumberId: string;
  item: InboxItem;
}

/** What people see for a message: its text, its caption, or what kind of message it is. */
function textOf(m: WebhookMessage): string {
  return (
    m.text?.body ??
    m.button?.text ??
    m.interactive?.button_reply?.title ??
    m.interactive?.list_reply?.title ??
    m.image?.caption ??
    m.video?.caption ??
    m.document?.caption ??
    m.document?.filename ??
    (m.location ? [m.location.name, m.location.address].filter(Boolean).join(', ') : undefined) ??
    `[${m.type}]`
  );
}

/** Messages in a webhook delivery; statuses, reactions and other changes are not inbox items. */
export function parseWhatsAppWebhook(payload: unknown): WebhookInboxItem[] {
  const body = payload as WebhookPayload;
  if (body?.object !== 'whatsapp_business_account') return [];
  const items: WebhookInboxItem[] = [];
  for (const change of (body.entry ?? []).flatMap((e) => e.changes ?? [])) {
    const value = change.value;
    const phoneNumberId = value?.metadata?.phone_number_id;
    if (change.field !== 'messages' || !value || !phoneNumberId) continue;
    for (const m of value.messages ?? []) {
      if (m.type === 'reaction') continue;
      const name = value.contacts?.find((c) => c.wa_id === m.from)?.profile?.name;
      const handle = `+${m.from}`;
      items.push({
        phoneNumberId,
        item: {
          remoteId: m.id,
          kind: 'message',
          threadId: m.from,
          author: { remoteId: m.from, handle, displayName: name ?? handle },
          text: textOf(m),
          createdAt: new Date(Number(m.timestamp) * 1000),
        },
      });
    }
  }
  return items;
}

/** Meta signs each delivery: X-Hub-Signature-256 is "sha256=" and the HMAC of the raw body. */
export function verifyWebhookSignature(rawBody: string | Uint8Array, signatureHeader: string | undefined, appSecret: string): boolean {
  if (!signatureHeader?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  const given = Buffer.from(signatureHeader.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The subscription check: echo hub.challenge when hub.verify_token is ours, else refuse (null). */
export function answerSubscriptionCheck(query: URLSearchParams, verifyToken: string): string | null {
  if (query.get('hub.mode') !== 'subscribe' || query.get('hub.verify_token') !== verifyToken) return null;
  return query.get('hub.challenge');
}
