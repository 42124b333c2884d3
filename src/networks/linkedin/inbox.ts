import type { InboxItem, InboxSource } from '../adapter.ts';
import { ok, rejected } from '../outcome.ts';
import { authorUrn, callLinkedIn, listPosts, postUrl } from './api.ts';
import { createComment, listComments, type LinkedInComment } from './comments.ts';

/** Posts read per inbox page, and how far back comments are looked for. */
const POSTS_PER_PAGE = 5;
const RECENT_POSTS = 50;

/**
 * LinkedIn's only open inbox is the comments on a profile's own posts (Comments API, through
 * socialActions); it has no API for mentions or messages. The cursor walks the profile's recent
 * posts a few at a time, newest first. Reading them needs r_organization_social for a page; for a
 * member it needs r_member_social, which LinkedIn keeps for approved partners (403 otherwise).
 */
export function createLinkedInInbox(base: string): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      if (kind !== 'comment') return rejected(`LinkedIn has no API for ${kind}s`, 'unsupported');
      const start = cursor ? Number(cursor) : 0;
      const posts = await listPosts(session, base, { start, count: POSTS_PER_PAGE });
      if (posts.kind !== 'ok') return posts;
      const items: InboxItem[] = [];
      const me = authorUrn(session.account);
      for (const post of posts.value.data.elements ?? []) {
        const comments = await listComments(session, base, post.id);
        if (comments.kind !== 'ok') return comments;
        items.push(...(comments.value.data.elements ?? []).filter((c) => c.actor !== me).map((c) => inboxItemOf(post.id, c)));
      }
      const next = start + POSTS_PER_PAGE;
      const more = (posts.value.data.elements ?? []).length === POSTS_PER_PAGE && next < RECENT_POSTS;
      return ok({ items, cursor: more ? String(next) : null });
    },

    reply(session, { item, text }) {
      return createComment(session, base, { postUrn: item.parentRemoteId ?? item.threadId, text, parentComment: item.remoteId });
    },

    async like(session, { item }) {
      const liked = await callLinkedIn<unknown>(session, base, {
        method: 'POST',
        path: '/rest/reactions',
        query: { actor: authorUrn(session.account) },
        json: { root: item.remoteId, reactionType: 'LIKE' },
        write: true,
        bucket: 'reactions:create',
      });
      return liked.kind === 'ok' ? ok(undefined) : liked;
    },
  };
}

function inboxItemOf(postUrn: string, comment: LinkedInComment): InboxItem {
  const actor = comment.actor ?? comment.created?.actor ?? '';
  const commentUrn = comment.commentUrn ?? `urn:li:comment:(${postUrn},${comment.id ?? ''})`;
  return {
    remoteId: commentUrn,
    kind: 'comment',
    threadId: postUrn,
    parentRemoteId: postUrn,
    // The Comments API names the author only by URN; LinkedIn lets apps read other members' names
    // only with permissions it does not grant for this.
    author: { remoteId: actor, handle: actor, displayName: actor.startsWith('urn:li:organization:') ? 'LinkedIn page' : 'LinkedIn member' },
    text: comment.message?.text ?? '',
    createdAt: new Date(comment.created?.time ?? 0),
    url: postUrl(postUrn),
  };
}
