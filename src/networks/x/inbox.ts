import type { AdapterSession, InboxItem, InboxSource, PublishedPost } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { authorLookup, callX, POST_FIELDS, postUrl } from './client.ts';
import { writtenText } from './text.ts';
import type { XDmEvent, XTweet } from './types.ts';

/**
 * Comments and mentions both come from the mentions timeline (GET /2/users/:id/mentions): a reply to
 * one of the account's posts names it too, and is told apart by in_reply_to_user_id. Messages are
 * direct-message events (GET /2/dm_events). Cursors are X's pagination tokens, walking back in time.
 */
export function createXInbox(base: string): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      return kind === 'message' ? fetchMessages(session, base, cursor) : fetchMentions(session, base, kind, cursor);
    },

    async reply(session, { item, text }): Promise<Outcome<PublishedPost>> {
      if (item.kind === 'message') {
        const sent = await callX<{ dm_conversation_id: string; dm_event_id: string }>(session, base, {
          method: 'POST',
          path: `/2/dm_conversations/${encodeURIComponent(item.threadId)}/messages`,
          json: { text },
          write: true,
          bucket: 'dm:create',
        });
        if (sent.kind !== 'ok') return sent;
        return ok({ remoteId: sent.value.data?.dm_event_id ?? '', url: null });
      }
      const created = await callX<{ id: string }>(session, base, {
        method: 'POST',
        path: '/2/tweets',
        json: { text, reply: { in_reply_to_tweet_id: item.remoteId } },
        write: true,
        bucket: 'tweets:create',
      });
      if (created.kind !== 'ok') return created;
      const id = created.value.data?.id ?? '';
      return ok({ remoteId: id, url: postUrl(session.account.handle, id) });
    },

    async like(session, { item }) {
      if (item.kind === 'message') return rejected('X has no likes for direct messages', 'unsupported');
      const liked = await callX<{ liked: boolean }>(session, base, {
        method: 'POST',
        path: `/2/users/${encodeURIComponent(session.account.remoteId)}/likes`,
        json: { tweet_id: item.remoteId },
        write: true,
        bucket: 'likes:create',
      });
      return liked.kind === 'ok' ? ok(undefined) : liked;
    },

    async hide(session, { item }) {
      // X hides replies only in conversations the account started (PUT /2/tweets/:id/hidden).
      if (item.kind !== 'comment') return rejected('X hides only replies to your own posts', 'unsupported');
      const hidden = await callX<{ hidden: boolean }>(session, base, {
        method: 'PUT',
        path: `/2/tweets/${encodeURIComponent(item.remoteId)}/hidden`,
        json: { hidden: true },
        write: true,
        bucket: 'tweets:hide',
      });
      return hidden.kind === 'ok' ? ok(undefined) : hidden;
    },
  };
}

async function fetchMentions(session: AdapterSession, base: string, kind: 'comment' | 'mention', cursor: string | null) {
  const listed = await callX<XTweet[]>(session, base, {
    path: `/2/users/${encodeURIComponent(session.account.remoteId)}/mentions`,
    query: { max_results: '100', ...POST_FIELDS, pagination_token: cursor ?? undefined },
    bucket: 'mentions',
  });
  if (listed.kind !== 'ok') return listed;
  const author = authorLookup(listed.value.includes?.users);
  const items = (listed.value.data ?? []).map((tweet): InboxItem => {
    const repliedTo = tweet.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
    const isComment = Boolean(repliedTo) && tweet.in_reply_to_user_id === session.account.remoteId;
    const who = author(tweet.author_id);
    return {
      remoteId: tweet.id,
      kind: isComment ? 'comment' : 'mention',
      threadId: tweet.conversation_id ?? tweet.id,
      ...(isComment && repliedTo ? { parentRemoteId: repliedTo } : {}),
      author: who,
      text: writtenText(tweet),
      createdAt: new Date(tweet.created_at ?? 0),
      url: postUrl(who.handle, tweet.id),
    };
  });
  return ok({ items: items.filter((i) => i.kind === kind), cursor: listed.value.meta?.next_token ?? null });
}

async function fetchMessages(session: AdapterSession, base: string, cursor: string | null) {
  const listed = await callX<XDmEvent[]>(session, base, {
    path: '/2/dm_events',
    query: {
      max_results: '100',
      event_types: 'MessageCreate',
      'dm_event.fields': 'id,text,created_at,sender_id,dm_conversation_id,event_type',
      expansions: 'sender_id',
      'user.fields': 'name,username,profile_image_url',
      pagination_token: cursor ?? undefined,
    },
    bucket: 'dm:read',
  });
  if (listed.kind !== 'ok') return listed;
  const author = authorLookup(listed.value.includes?.users);
  const items = (listed.value.data ?? [])
    .filter((event) => event.sender_id !== session.account.remoteId)
    .map((event): InboxItem => ({
      remoteId: event.id,
      kind: 'message',
      threadId: event.dm_conversation_id ?? event.id,
      author: author(event.sender_id),
      text: event.text ?? '',
      createdAt: new Date(event.created_at ?? 0),
    }));
  return ok({ items, cursor: listed.value.meta?.next_token ?? null });
}
