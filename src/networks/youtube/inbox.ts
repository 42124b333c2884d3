import type { InboxItem, InboxSource } from '../adapter.ts';
import { ok, rejected } from '../outcome.ts';
import { callYouTube, type YouTubeApi } from './client.ts';
import { watchUrl } from './publish.ts';

interface YouTubeComment {
  id: string;
  snippet?: {
    videoId?: string;
    parentId?: string;
    textOriginal?: string;
    textDisplay?: string;
    authorDisplayName?: string;
    authorProfileImageUrl?: string;
    authorChannelId?: { value?: string };
    publishedAt?: string;
  };
}

interface CommentThreadList {
  nextPageToken?: string;
  items?: Array<{
    id: string;
    snippet?: { videoId?: string; topLevelComment?: YouTubeComment };
    replies?: { comments?: YouTubeComment[] };
  }>;
}

/**
 * Comments on the channel's videos (commentThreads.list with allThreadsRelatedToChannelId), newest
 * first, with the replies YouTube includes; the channel's own comments are left out. A reply goes
 * under the thread (comments.insert); hiding holds the comment for review in YouTube Studio
 * (comments.setModerationStatus heldForReview), which the channel owner can undo. YouTube has no
 * API for mentions, messages or liking a comment.
 */
export function createYouTubeInbox(api: YouTubeApi): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      if (kind !== 'comment') return rejected(`YouTube has no API for ${kind}s; only comments are read.`, 'unsupported_kind');
      const listed = await callYouTube<CommentThreadList>(api, session, {
        path: '/commentThreads',
        query: {
          part: 'snippet,replies',
          allThreadsRelatedToChannelId: session.account.remoteId,
          maxResults: '100',
          order: 'time',
          textFormat: 'plainText',
          ...(cursor ? { pageToken: cursor } : {}),
        },
        write: false,
        bucket: 'read',
      });
      if (listed.kind !== 'ok') return listed;
      const items: InboxItem[] = [];
      for (const thread of listed.value.items ?? []) {
        const videoId = thread.snippet?.videoId ?? thread.snippet?.topLevelComment?.snippet?.videoId ?? '';
        for (const comment of [thread.snippet?.topLevelComment, ...(thread.replies?.comments ?? [])]) {
          if (!comment || comment.snippet?.authorChannelId?.value === session.account.remoteId) continue;
          items.push(inboxItemOf(comment, thread.id, videoId));
        }
      }
      return ok({ items, cursor: listed.value.nextPageToken ?? null });
    },

    async reply(session, { item, text }) {
      const created = await callYouTube<YouTubeComment>(api, session, {
        method: 'POST',
        path: '/comments',
        query: { part: 'snippet' },
        json: { snippet: { parentId: item.threadId, textOriginal: text } },
        write: true,
        bucket: 'write',
      });
      if (created.kind !== 'ok') return created;
      const url = item.parentRemoteId ? `${watchUrl(item.parentRemoteId)}&lc=${encodeURIComponent(created.value.id)}` : null;
      return ok({ remoteId: created.value.id, url });
    },

    async hide(session, { item }) {
      const held = await callYouTube<unknown>(api, session, {
        method: 'POST',
        path: '/comments/setModerationStatus',
        query: { id: item.remoteId, moderationStatus: 'heldForReview' },
        write: true,
        bucket: 'write',
      });
      return held.kind === 'ok' ? ok(undefined) : held;
    },
  };
}

function inboxItemOf(comment: YouTubeComment, threadId: string, videoId: string): InboxItem {
  const s = comment.snippet ?? {};
  const name = s.authorDisplayName ?? 'YouTube user';
  return {
    remoteId: comment.id,
    kind: 'comment',
    threadId,
    ...(videoId ? { parentRemoteId: videoId } : {}),
    author: {
      remoteId: s.authorChannelId?.value ?? name,
      handle: name,
      displayName: name.replace(/^@/, ''),
      ...(s.authorProfileImageUrl ? { avatarUrl: s.authorProfileImageUrl } : {}),
    },
    text: s.textOriginal ?? s.textDisplay ?? '',
    createdAt: new Date(s.publishedAt ?? 0),
    ...(videoId ? { url: `${watchUrl(videoId)}&lc=${encodeURIComponent(comment.id)}` } : {}),
  };
}
