import type { AdapterSession, InboxSource } from '../adapter.ts';
import { ok, rejected, transient, type Outcome } from '../outcome.ts';
import { graphFor, type GraphClient } from '../meta/graph-api.ts';
import { classifyWhatsAppError } from './errors.ts';

/**
 * The WhatsApp inbox (Meta docs: "Cloud API › Send Messages", "Reaction messages"). Meta offers no
 * API to read messages: they arrive by webhook, and the webhook route feeds them into the inbox with
 * parseWhatsAppWebhook (webhook.ts). So fetch has nothing to add and says so with an empty page.
 * Answers are text messages quoting the customer's message; a like is a 👍 reaction.
 */
interface SendAnswer {
  messaging_product?: string;
  contacts?: Array<{ input?: string; wa_id?: string }>;
  messages?: Array<{ id?: string }>;
}

function numberOf(session: AdapterSession): string {
  return session.credentials.extra?.phoneNumberId ?? session.account.remoteId;
}

function send(graph: GraphClient, session: AdapterSession, message: Record<string, unknown>): Promise<Outcome<SendAnswer>> {
  return graph.request<SendAnswer>({
    method: 'POST',
    path: `${numberOf(session)}/messages`,
    json: { messaging_product: 'whatsapp', recipient_type: 'individual', ...message },
  });
}

export function whatsappInbox(baseUrl: string): InboxSource {
  const graphOf = (session: AdapterSession) => graphFor(session, { baseUrl, classify: classifyWhatsAppError });
  return {
    async fetch(_session, { kind }) {
      if (kind !== 'message') return rejected('WhatsApp holds messages only', 'unsupported');
      return ok({ items: [], cursor: null });
    },

    async reply(session, { item, text }) {
      const graph = graphOf(session);
      if (graph.kind !== 'ok') return graph;
      const sent = await send(graph.value, session, {
        to: item.author.remoteId,
        context: { message_id: item.remoteId },
        type: 'text',
        text: { preview_url: /https?:\/\//.test(text), body: text },
      });
      if (sent.kind !== 'ok') return sent;
      const id = sent.value.messages?.[0]?.id;
      return id ? ok({ remoteId: id, url: null }) : transient('WhatsApp accepted the message but returned no id');
    },

    async like(session, { item }) {
      const graph = graphOf(session);
      if (graph.kind !== 'ok') return graph;
      const sent = await send(graph.value, session, { to: item.author.remoteId, type: 'reaction', reaction: { message_id: item.remoteId, emoji: '👍' } });
      return sent.kind === 'ok' ? ok(undefined) : sent;
    },
  };
}
