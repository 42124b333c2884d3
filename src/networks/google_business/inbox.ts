import type { InboxItem, InboxSource } from '../adapter.ts';
import { ok, rejected } from '../outcome.ts';
import { callBusiness, locationOf, type BusinessApi } from './client.ts';

interface Review {
  name: string;
  reviewer?: { displayName?: string; profilePhotoUrl?: string; isAnonymous?: boolean };
  starRating?: string;
  comment?: string;
  createTime?: string;
}
interface ReviewList {
  reviews?: Review[];
  nextPageToken?: string;
}

const STARS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };
/** "accounts.locations.reviews.updateReply": a reply is at most 4096 bytes. */
const REPLY_MAX_BYTES = 4096;

/**
 * Reviews of the location are its comments (accounts.locations.reviews.list, newest first). The
 * star rating leads the text, since a review may have no words at all. A reply is the owner's one
 * public answer (updateReply, which also replaces an earlier one). Reviews cannot be hidden or
 * liked through the API, and there are no mentions or messages.
 */
export function createBusinessInbox(api: BusinessApi): InboxSource {
  return {
    async fetch(session, { kind, cursor }) {
      if (kind !== 'comment') return rejected(`Google Business Profile has no API for ${kind}s; reviews are read as comments.`, 'unsupported_kind');
      const location = locationOf(session);
      if (location.kind !== 'ok') return location;
      const listed = await callBusiness<ReviewList>(session, {
        url: `${api.v4}/v4/${location.value.name}/reviews`,
        query: { pageSize: '50', orderBy: 'updateTime desc', ...(cursor ? { pageToken: cursor } : {}) },
        write: false,
      });
      if (listed.kind !== 'ok') return listed;
      const items = (listed.value.reviews ?? []).map((review) => reviewItem(review, location.value.name));
      return ok({ items, cursor: listed.value.nextPageToken ?? null });
    },

    async reply(session, { item, text }) {
      if (new TextEncoder().encode(text).byteLength > REPLY_MAX_BYTES) return rejected(`A reply to a review has at most ${REPLY_MAX_BYTES} bytes.`, 'text_too_long');
      const replied = await callBusiness<{ comment?: string; updateTime?: string }>(session, {
        method: 'PUT',
        url: `${api.v4}/v4/${item.remoteId}/reply`,
        json: { comment: text },
        write: true,
      });
      if (replied.kind !== 'ok') return replied;
      return ok({ remoteId: `${item.remoteId}/reply`, url: null });
    },
  };
}

function reviewItem(review: Review, location: string): InboxItem {
  const name = review.reviewer?.isAnonymous ? 'Anonymous' : (review.reviewer?.displayName ?? 'Google user');
  const stars = STARS[review.starRating ?? ''] ?? 0;
  const rating = stars ? '★'.repeat(stars) + '☆'.repeat(5 - stars) : '';
  return {
    remoteId: review.name,
    kind: 'comment',
    threadId: review.name,
    parentRemoteId: location,
    author: { remoteId: name, handle: name, displayName: name, ...(review.reviewer?.profilePhotoUrl ? { avatarUrl: review.reviewer.profilePhotoUrl } : {}) },
    text: [rating, review.comment].filter(Boolean).join('\n'),
    createdAt: new Date(review.createTime ?? 0),
  };
}
