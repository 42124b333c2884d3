import type { InboxItem, InboxSource } from '../adapter.ts';
import { ok, rejected } from '../outcome.ts';
import { nextCursor, readPage, succeeded, type GraphList } from '../meta/graph-api.ts';
import { publishToThreads, threadsGraph, type ThreadsOptions } from './publish.ts';

/**
 * The Threads inbox (Meta docs: "Threads API › Reply Management", "Mentions"): replies under the
 * profile's recent posts, read per post from its flattened conversation, and public posts that
 * mention the profile. Replies are published as the profile's own replies (counted against the
 * 1,000 replies a day); replies under its posts can be hidden. Threads has no likes in the API.
 */
interface ThreadsReply {
  id: string;
  text?: string;
  username?: string;
  timestamp: string;
  permalink?: string;
  is_reply_owned_by_me?: boolean;
}

/** Each post costs one more call for its conversation, so a page holds a few posts. */
const POSTS_PER_PAGE = 5;
const REPLY_FIELDS = 'id,text,username,timestamp,permalink,is_reply_owned_by_me';

function itemOf(r: ThreadsReply, kind: InboxItem['kind'], threadId: string, parentRemoteId?: string): InboxItem {
  const handle = r.username ?? 'threads_user';
  return {
    remoteId: r.id,
    kind,
    threadId,
    ...(parentRemoteId ? { parentRemoteId } : {}),
    author: { remoteId: handle, handle, displayName: handle },
    text: r.text ?? '',
    createdAt: new Date(r.timestamp),
    ...(r.permalink ? { url: r.permalink } : {}),
  };
}

export function threadsInbox(opts: ThreadsOptions): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      const graph = threadsGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      const user = session.account.remoteId;
      if (kind === 'comment') {
        const posts = await graph.value.get<GraphList<{ id: string }>>(`${user}/threads`, { fields: 'id', limit: POSTS_PER_PAGE, after: cursor ?? undefined });
        if (posts.kind !== 'ok') return posts;
        const items: InboxItem[] = [];
        for (const post of posts.value.data) {
          const replies = await graph.value.get<GraphList<ThreadsReply>>(`${post.id}/conversation`, { fields: REPLY_FIELDS, reverse: true });
          if (replies.kind !== 'ok') return replies;
          const theirs = replies.value.data.filter((r) => !r.is_reply_owned_by_me && r.username !== session.account.handle);
          items.push(...theirs.map((r) => itemOf(r, 'comment', post.id, post.id)));
        }
        return ok({ items, cursor: nextCursor(posts.value) });
      }
      if (kind === 'mention') {
        const query = { fields: 'id,text,username,timestamp,permalink', limit: 25, after: cursor ?? undefined };
        return readPage<ThreadsReply, InboxItem>(graph.value, `${user}/mentions`, query, (m) => [itemOf(m, 'mention', m.id)]);
      }
      return rejected('Threads has no direct messages in its API', 'unsupported');
    },

    reply: (session, { item, text }) => publishToThreads(session, opts, { text, media: [], replyTo: { remoteId: item.remoteId, rootId: item.threadId } }),

    async hide(session, { item }) {
      if (item.kind !== 'comment') return rejected('Only replies under the profile\'s own posts can be hidden on Threads', 'unsupported');
      const graph = threadsGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      return succeeded(await graph.value.post<{ success?: boolean }>(`${item.remoteId}/manage_reply`, { hide: true }));
    },
  };
}
