import type { InboxItem, InboxSource } from '../adapter.ts';
import { ok, rejected, transient } from '../outcome.ts';
import { idOf, nextCursor, succeeded, type GraphList } from '../meta/graph-api.ts';
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
        const media = await graph.value.get<GraphList<IgMediaWithComments>>(`${igUser}/media`, {
          fields: 'id,permalink,comments.limit(50){id,text,timestamp,username,from{id,username}}',
          limit: MEDIA_PER_PAGE,
          after: cursor ?? undefined,
        });
        if (media.kind !== 'ok') return media;
        const items = media.value.data.flatMap((m) =>
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
        return ok({ items, cursor: nextCursor(media.value) });
      }
      if (kind === 'mention') {
        const tags = await graph.value.get<GraphList<IgTaggedMedia>>(`${igUser}/tags`, {
          fields: 'id,caption,permalink,timestamp,username',
          limit: 25,
          after: cursor ?? undefined,
        });
        if (tags.kind !== 'ok') return tags;
        const items = tags.value.data.map(
          (m): InboxItem => ({
            remoteId: m.id,
            kind: 'mention',
            threadId: m.id,
            author: author(undefined, m.username),
            text: m.caption ?? '',
            createdAt: new Date(m.timestamp),
            ...(m.permalink ? { url: m.permalink } : {}),
          }),
        );
        return ok({ items, cursor: nextCursor(tags.value) });
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
      if (posted.kind !== 'ok') return posted;
      const id = idOf(posted.value);
      return id ? ok({ remoteId: id, url: null }) : transient('Instagram accepted the reply but returned no id');
    },

    async hide(session, { item }) {
      if (item.kind !== 'comment') return rejected('Only comments can be hidden on Instagram', 'unsupported');
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      return succeeded(await graph.value.post<{ success?: boolean }>(item.remoteId, { hide: true }));
    },
  };
}
