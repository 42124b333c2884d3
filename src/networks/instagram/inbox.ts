import type { InboxItem, InboxSource } from '../adapter.ts';
import { rejected } from '../outcome.ts';
import { publishedFrom, readPage, succeeded, type GraphList } from '../meta/graph-api.ts';
import { instagramGraph } from './publish.ts';

/**
 * The Instagram inbox (Meta docs: "IG Media › Comments", "IG Comment › Replies", "IG User › Tags",
 * "IG User › Mentions"): comments under the account's recent media, and media others tagged it in.
 * Comments are answered with a reply and can be hidden; a tag is answered through the mentions
 * edge. Instagram offers no way to like a comment through the API.
 */
interface IgComment {
  id: string;
  text?: string;
  timestamp: string;
  username?: string;
  from?: { id: string; username?: string };
}

interface IgMediaWithComments {
  id: string;
  permalink?: string;
  comments?: GraphList<IgComment>;
}

interface IgTaggedMedia {
  id: string;
  caption?: string;
  permalink?: string;
  timestamp: string;
  username?: string;
}

const MEDIA_PER_PAGE = 10;

function author(id: string | undefined, username: string | undefined): InboxItem['author'] {
  const handle = username ?? 'instagram_user';
  return { remoteId: id ?? '', handle, displayName: handle };
}

export function instagramInbox(baseUrl: string): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      const igUser = session.account.remoteId;
      if (kind === 'comment') {
        const query = { fields: 'id,permalink,comments.limit(50){id,text,timestamp,username,from{id,username}}', limit: MEDIA_PER_PAGE, after: cursor ?? undefined };
        return readPage<IgMediaWithComments, InboxItem>(graph.value, `${igUser}/media`, query, (m) =>
          (m.comments?.data ?? [])
            .filter((c) => c.from?.id !== igUser && c.username !== session.account.handle)
            .map(
              (c): InboxItem => ({
                remoteId: c.id,
                kind: 'comment',
                threadId: m.id,
                parentRemoteId: m.id,
                author: author(c.from?.id, c.from?.username ?? c.username),
                text: c.text ?? '',
                createdAt: new Date(c.timestamp),
                ...(m.permalink ? { url: m.permalink } : {}),
              }),
            ),
        );
      }
      if (kind === 'mention') {
        const query = { fields: 'id,caption,permalink,timestamp,username', limit: 25, after: cursor ?? undefined };
        return readPage<IgTaggedMedia, InboxItem>(graph.value, `${igUser}/tags`, query, (m) => [
          {
            remoteId: m.id,
            kind: 'mention',
            threadId: m.id,
            author: author(undefined, m.username),
            text: m.caption ?? '',
            createdAt: new Date(m.timestamp),
            ...(m.permalink ? { url: m.permalink } : {}),
          },
        ]);
      }
      return rejected('Instagram direct messages are not part of this inbox', 'unsupported');
    },

    async reply(session, { item, text }) {
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      const posted =
        item.kind === 'mention'
          ? await graph.value.post<unknown>(`${session.account.remoteId}/mentions`, { media_id: item.remoteId, message: text })
          : await graph.value.post<unknown>(`${item.remoteId}/replies`, { message: text });
      return publishedFrom(posted);
    },

    async hide(session, { item }) {
      if (item.kind !== 'comment') return rejected('Only comments can be hidden on Instagram', 'unsupported');
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      return succeeded(await graph.value.post<{ success?: boolean }>(item.remoteId, { hide: true }));
    },
  };
}
