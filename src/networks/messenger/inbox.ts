import type { AdapterSession, InboxItem, InboxSource } from '../adapter.ts';
import { ok, rejected, transient } from '../outcome.ts';
import { graphFor, readPage, type GraphList } from '../meta/graph-api.ts';
import { classifyMessengerError } from './errors.ts';

/**
 * A Page's Messenger conversations (Meta docs: "Graph API Reference › Page › Conversations",
 * "Messenger Platform › Send API"). Each page of the inbox is a few conversations with their latest
 * messages; the Page's own messages are left out. An answer is a RESPONSE message to the person's
 * page-scoped id, which Meta accepts within 24 hours of their last message.
 */
interface Message {
  id: string;
  message?: string;
  created_time: string;
  from?: { id: string; name?: string };
}

interface Conversation {
  id: string;
  link?: string;
  messages?: GraphList<Message>;
}

const CONVERSATIONS_PER_PAGE = 10;
const MESSAGES_PER_CONVERSATION = 20;

export function messengerInbox(baseUrl: string): InboxSource {
  const pageGraph = (session: AdapterSession) => graphFor(session, { baseUrl, classify: classifyMessengerError });
  return {
    async fetch(session, { kind, cursor }) {
      if (kind !== 'message') return rejected('Messenger holds messages only', 'unsupported');
      const graph = pageGraph(session);
      if (graph.kind !== 'ok') return graph;
      const pageId = session.account.remoteId;
      const query = {
        platform: 'messenger',
        fields: `id,link,messages.limit(${MESSAGES_PER_CONVERSATION}){id,message,created_time,from}`,
        limit: CONVERSATIONS_PER_PAGE,
        after: cursor ?? undefined,
      };
      return readPage<Conversation, InboxItem>(graph.value, `${pageId}/conversations`, query, (c) =>
        (c.messages?.data ?? [])
          .filter((m) => m.from && m.from.id !== pageId)
          .map((m): InboxItem => {
            const name = m.from?.name ?? 'Messenger user';
            return {
              remoteId: m.id,
              kind: 'message',
              threadId: c.id,
              author: { remoteId: m.from?.id ?? '', handle: name, displayName: name },
              text: m.message ?? '',
              createdAt: new Date(m.created_time),
              ...(c.link ? { url: `https://www.facebook.com${c.link}` } : {}),
            };
          }),
      );
    },

    async reply(session, { item, text }) {
      const graph = pageGraph(session);
      if (graph.kind !== 'ok') return graph;
      const sent = await graph.value.request<{ recipient_id?: string; message_id?: string }>({
        method: 'POST',
        path: `${session.account.remoteId}/messages`,
        json: { recipient: { id: item.author.remoteId }, messaging_type: 'RESPONSE', message: { text } },
      });
      if (sent.kind !== 'ok') return sent;
      return sent.value.message_id ? ok({ remoteId: sent.value.message_id, url: null }) : transient('Messenger accepted the message but returned no id');
    },
  };
}
