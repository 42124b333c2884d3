import type { mastodon } from 'masto';
import type { InboxItem, InboxSource } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { olderPageCursor, sessionCall } from './client.ts';
import { textOfHtml } from './text.ts';

const PAGE_SIZE = 40;

/**
 * Everything that reaches an account on Mastodon arrives as a "mention" notification: a reply to
 * one of its posts (a comment), a post that names it (a mention), or a private mention (a message,
 * visibility "direct"). The cursor walks back through older notifications (max_id); a poll starts
 * from null and stops at items it already has.
 */
export function createMastodonInbox(defaultBase: string): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      const query = new URLSearchParams({ 'types[]': 'mention', limit: String(PAGE_SIZE) });
      if (cursor) query.set('max_id', cursor);
      const listed = await sessionCall<mastodon.v1.Notification[]>(session, defaultBase, { path: '/api/v1/notifications', query, bucket: 'notifications' });
      if (listed.kind !== 'ok') return listed;
      const notifications = listed.value.data;
      const items = notifications.flatMap((n) => (n.type === 'mention' && n.status ? [inboxItemOf(n.status, session.account.remoteId)] : []));
      return ok({ items: items.filter((item) => item.kind === kind), cursor: olderPageCursor(notifications, PAGE_SIZE) });
    },

    async reply(session, { item, text }) {
      // Mastodon delivers a reply to the people it mentions; a reply that does not name the author
      // would not reach them.
      const mention = `@${item.author.handle}`;
      const status = text.includes(mention) ? text : `${mention} ${text}`;
      const posted = await sessionCall<mastodon.v1.Status>(session, defaultBase, {
        method: 'POST',
        path: '/api/v1/statuses',
        json: { status, in_reply_to_id: item.remoteId, visibility: item.kind === 'message' ? 'direct' : 'public' },
        write: true,
        bucket: 'statuses',
      });
      if (posted.kind !== 'ok') return posted;
      return ok({ remoteId: posted.value.data.id, url: posted.value.data.url ?? posted.value.data.uri ?? null });
    },

    async like(session, { item }) {
      const liked = await sessionCall<mastodon.v1.Status>(session, defaultBase, {
        method: 'POST',
        path: `/api/v1/statuses/${encodeURIComponent(item.remoteId)}/favourite`,
        write: true,
      });
      return liked.kind === 'ok' ? ok(undefined) : liked;
    },
  };
}

export function inboxItemOf(status: mastodon.v1.Status, accountId: string): InboxItem {
  const kind: InboxItem['kind'] = status.visibility === 'direct' ? 'message' : status.inReplyToAccountId === accountId ? 'comment' : 'mention';
  return {
    remoteId: status.id,
    kind,
    threadId: status.inReplyToId ?? status.id,
    ...(kind === 'comment' && status.inReplyToId ? { parentRemoteId: status.inReplyToId } : {}),
    author: authorOf(status.account),
    text: textOfHtml(status.content),
    createdAt: new Date(status.createdAt),
    ...(status.url || status.uri ? { url: status.url ?? status.uri } : {}),
  };
}

export function authorOf(account: mastodon.v1.Account): InboxItem['author'] {
  return {
    remoteId: account.id,
    handle: account.acct,
    displayName: account.displayName || account.username,
    ...(account.avatar ? { avatarUrl: account.avatar } : {}),
  };
}
