import type { InboxItem, InboxSource } from '../adapter.ts';
import { rejected } from '../outcome.ts';
import { graphFor, publishedFrom, readPage, succeeded, type GraphList } from '../meta/graph-api.ts';

/**
 * A Page's inbox (Meta docs: "Pages API › Comments and @Mentions", "Graph API Reference › Comment"):
 * comments under the Page's recent posts, and posts by others that tag the Page. Replies, likes and
 * hiding act as the Page. The cursor walks the Page's feed, a few posts at a time.
 */
interface GraphAuthor {
  id: string;
  name?: string;
}

/** A comment, or a post that tags the Page: both have these fields. */
interface PageStory {
  id: string;
  message?: string;
  created_time: string;
  permalink_url?: string;
  from?: GraphAuthor;
}

interface FeedPost {
  id: string;
  comments?: GraphList<PageStory>;
}

const POSTS_PER_PAGE = 10;
const COMMENTS_PER_POST = 50;

function itemOf(story: PageStory, kind: 'comment' | 'mention', threadId: string): InboxItem {
  const name = story.from?.name ?? 'Facebook user';
  return {
    remoteId: story.id,
    kind,
    threadId,
    ...(kind === 'comment' ? { parentRemoteId: threadId } : {}),
    author: { remoteId: story.from?.id ?? '', handle: name, displayName: name },
    text: story.message ?? '',
    createdAt: new Date(story.created_time),
    ...(story.permalink_url ? { url: story.permalink_url } : {}),
  };
}

export function facebookInbox(baseUrl: string): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      const pageId = session.account.remoteId;
      if (kind === 'comment') {
        return readPage<FeedPost, InboxItem>(
          graph.value,
          `${pageId}/feed`,
          {
            fields: `id,comments.order(reverse_chronological).limit(${COMMENTS_PER_POST}){id,message,created_time,permalink_url,from{id,name}}`,
            limit: POSTS_PER_PAGE,
            after: cursor ?? undefined,
          },
          (post) => (post.comments?.data ?? []).filter((c) => c.from?.id !== pageId).map((c) => itemOf(c, 'comment', post.id)),
        );
      }
      if (kind === 'mention') {
        const query = { fields: 'id,message,created_time,permalink_url,from{id,name}', limit: 25, after: cursor ?? undefined };
        return readPage<PageStory, InboxItem>(graph.value, `${pageId}/tagged`, query, (p) => [itemOf(p, 'mention', p.id)]);
      }
      return rejected('Facebook Pages have no direct messages here; connect Messenger for those', 'unsupported');
    },

    /** A reply is a comment by the Page: under the comment, or under the post that tagged the Page. */
    async reply(session, { item, text }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      const posted = await graph.value.post<unknown>(`${item.remoteId}/comments`, { message: text });
      return publishedFrom(posted);
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
