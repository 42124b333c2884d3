import type { AppBskyNotificationListNotifications } from '@atproto/api';
import type { AdapterSession, InboxItem, InboxSource } from '../adapter.ts';
import { ok, rejected, transient, type Outcome } from '../outcome.ts';
import { postUrl, sessionAgent } from './agent.ts';
import { attempt, outcomeOfError, xrpcErrorName } from './errors.ts';
import { createPost } from './publish.ts';
import { fetchRecord, parseUri } from './refs.ts';
import { authorOf, postRecordOf } from './views.ts';

const PAGE = 50;
const THREADGATE = 'app.bsky.feed.threadgate';

/** Notification reasons behind each inbox kind; a quote of our post asks for an answer like a mention. */
const REASONS: Record<Exclude<InboxItem['kind'], 'message'>, string[]> = {
  comment: ['reply'],
  mention: ['mention', 'quote'],
};

function itemOf(n: AppBskyNotificationListNotifications.Notification, kind: InboxItem['kind']): InboxItem {
  const post = postRecordOf(n.record, n.indexedAt);
  return {
    remoteId: n.uri,
    kind,
    threadId: post.replyRoot ?? n.uri,
    ...(post.replyParent ? { parentRemoteId: post.replyParent } : {}),
    author: authorOf(n.author),
    text: post.text,
    createdAt: post.createdAt,
    url: postUrl(n.uri),
  };
}

/**
 * Hides a reply the way Bluesky does: the thread's root post gets a threadgate record (same record
 * key as the post) that lists hidden replies. Only the author of the root can write it.
 */
async function hideReply(session: AdapterSession, { item }: { item: InboxItem }): Promise<Outcome> {
  const root = parseUri(item.threadId);
  const did = session.account.remoteId;
  if (!root || root.host !== did) return rejected('Only replies in threads this account started can be hidden on Bluesky.', 'not_own_thread');
  if (item.remoteId === item.threadId) return rejected('A thread’s first post cannot be hidden; delete it instead.', 'is_root');
  const agent = sessionAgent(session);
  const gateId = `at://${did}/${THREADGATE}/${root.rkey}`;
  const gate = await fetchRecord(agent, gateId);
  if (gate.kind === 'ok') {
    const hidden = (gate.value.value.hiddenReplies as string[] | undefined) ?? [];
    if (hidden.includes(item.remoteId)) return ok(undefined);
    const record = { ...gate.value.value, hiddenReplies: [...hidden, item.remoteId] };
    try {
      await agent.com.atproto.repo.putRecord({ repo: did, collection: THREADGATE, rkey: root.rkey, record, swapRecord: gate.value.ref.cid });
      return ok(undefined);
    } catch (err) {
      if (xrpcErrorName(err) === 'InvalidSwap') return transient('The thread’s reply settings changed meanwhile; try again.');
      return outcomeOfError(err, { write: true });
    }
  }
  if (gate.kind !== 'rejected' || gate.code !== 'record_not_found') return gate;
  const record = { $type: THREADGATE, post: item.threadId, createdAt: new Date().toISOString(), hiddenReplies: [item.remoteId] };
  const created = await attempt(true, () => agent.com.atproto.repo.createRecord({ repo: did, collection: THREADGATE, rkey: root.rkey, record }));
  return created.kind === 'ok' ? ok(undefined) : created;
}

/**
 * Replies and mentions from app.bsky.notification.listNotifications (served by the AppView through
 * the PDS), newest first. The cursor pages back in time; it is null once a page comes back empty.
 * Direct messages live in a separate chat service and are not read.
 */
export const blueskyInbox: InboxSource = {
  async fetch(session, { kind, cursor }) {
    if (kind === 'message') return rejected('Canopy does not read Bluesky direct messages.', 'unsupported_kind');
    const agent = sessionAgent(session);
    const res = await attempt(false, () =>
      agent.app.bsky.notification.listNotifications({ reasons: REASONS[kind], limit: PAGE, ...(cursor ? { cursor } : {}) }),
    );
    if (res.kind !== 'ok') return res;
    const { notifications, cursor: next } = res.value.data;
    const items = notifications.filter((n) => REASONS[kind].includes(n.reason)).map((n) => itemOf(n, kind));
    return ok({ items, cursor: notifications.length && next ? next : null });
  },

  reply(session, { item, text }) {
    return createPost(session, { text, media: [], replyToId: item.remoteId });
  },

  async like(session, { item }) {
    const agent = sessionAgent(session);
    const subject = await fetchRecord(agent, item.remoteId);
    if (subject.kind !== 'ok') return subject;
    const record = { $type: 'app.bsky.feed.like', subject: subject.value.ref, createdAt: new Date().toISOString() };
    const liked = await attempt(true, () => agent.com.atproto.repo.createRecord({ repo: session.account.remoteId, collection: 'app.bsky.feed.like', record }));
    return liked.kind === 'ok' ? ok(undefined) : liked;
  },

  hide: hideReply,
};
