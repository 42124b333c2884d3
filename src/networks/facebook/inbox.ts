import type { InboxItem, InboxSource } from '../adapter.ts';
import { ok, rejected, transient } from '../outcome.ts';
import { graphFor, idOf, nextCursor, succeeded, type GraphList } from '../meta/graph-api.ts';

/**
 * A Page's inbox (Meta docs: "Pages API › Comments and @Mentions", "Graph API Reference › Comment"):
 * comments under the Page's recent posts, and posts by others that tag the Page. Replies, likes and
 * hiding act as the Page. The cursor walks the Page's feed, a few posts at a time.
 */
interface GraphAuthor {
  id: string;
  name?: string;
}

interface PageComment {
  id: string;
  message?: string;
  created_time: string;
  permalink_url?: string;
  from?: GraphAuthor;
}

interface FeedPost {
  id: string;
  comments?: GraphList<PageComment>;
}

interface TaggedPost {
  id: string;
  message?: string;
  created_time: string;
  permalink_url?: string;
  from?: GraphAuthor;
}

const POSTS_PER_PAGE = 10;
const COMMENTS_PER_POST = 50;

function authorOf(from: GraphAuthor | undefined): InboxItem['author'] {
  const name = from?.name ?? 'Facebook user';
  return { remoteId: from?.id ?? '', handle: name, displayName: name };
}

export function facebookInbox(baseUrl: string): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      const pageId = session.account.remoteId;
      if (kind === 'comment') {
        const feed = await graph.value.get<GraphList<FeedPost>>(`${pageId}/feed`, {
          fields: `id,comments.order(reverse_chronological).limit(${COMMENTS_PER_POST}){id,message,created_time,permalink_url,from{id,name}}`,
          limit: POSTS_PER_PAGE,
          after: cursor ?? undefined,
        });
        if (feed.kind !== 'ok') return feed;
        const items = feed.value.data.flatMap((post) =>
          (post.comments?.data ?? [])
            .filter((c) => c.from?.id !== pageId)
            .map(
              (c): InboxItem => ({
                remoteId: c.id,
                kind: 'comment',
                threadId: post.id,
                parentRemoteId: post.id,
                author: authorOf(c.from),
                text: c.message ?? '',
                createdAt: new Date(c.created_time),
                ...(c.permalink_url ? { url: c.permalink_url } : {}),
              }),
            ),
        );
        return ok({ items, cursor: nextCursor(feed.value) });
      }
      if (kind === 'mention') {
        const tagged = await graph.value.get<GraphList<TaggedPost>>(`${pageId}/tagged`, {
          fields: 'id,message,created_time,permalink_url,from{id,name}',
          limit: 25,
          after: cursor ?? undefined,
        });
        if (tagged.kind !== 'ok') return tagged;
        const items = tagged.value.data.map(
          (p): InboxItem => ({
            remoteId: p.id,
            kind: 'mention',
            threadId: p.id,
            author: authorOf(p.from),
            text: p.message ?? '',
            createdAt: new Date(p.created_time),
            ...(p.permalink_url ? { url: p.permalink_url } : {}),
          }),
        );
        return ok({ items, cursor: nextCursor(tagged.value) });
      }
      return rejected('Facebook Pages have no direct messages here; connect Messenger for those', 'unsupported');
    },

    /** A reply is a comment by the Page: under the comment, or under the post that tagged the Page. */
    async reply(session, { item, text }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      const posted = await graph.value.post<unknown>(`${item.remoteId}/comments`, { message: text });
      if (posted.kind !== 'ok') return posted;
      const id = idOf(posted.value);
      return id ? ok({ remoteId: id, url: null }) : transient('Facebook accepted the reply but returned no id');
    },

    async like(session, { item }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      return succeeded(await graph.value.post<{ success?: boolean }>(`${item.remoteId}/likes`));
    },

    async hide(session, { item }) {
      if (item.kind !== 'comment') return rejected('Only comments can be hidden on Facebook', 'unsupported');
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      return succeeded(await graph.value.post<{ success?: boolean }>(item.remoteId, { is_hidden: true }));
    },
  };
}
