import type { AdapterSession, PublishedPost } from '../adapter.ts';
import { ok, type Outcome } from '../outcome.ts';
import { authorUrn, callLinkedIn, postUrl, type Paged } from './api.ts';

/** A comment as the Comments API returns it (GET /rest/socialActions/{urn}/comments). */
export interface LinkedInComment {
  id?: string;
  commentUrn?: string;
  actor?: string;
  object?: string;
  parentComment?: string;
  message?: { text?: string };
  created?: { time?: number; actor?: string };
}

/** A comment on a post, or a reply to one of its comments, as the profile (learn.microsoft.com/linkedin, "Comments API"). */
export async function createComment(session: AdapterSession, base: string, input: { postUrn: string; text: string; parentComment?: string }): Promise<Outcome<PublishedPost>> {
  const created = await callLinkedIn<LinkedInComment>(session, base, {
    method: 'POST',
    path: `/rest/socialActions/${encodeURIComponent(input.postUrn)}/comments`,
    json: { actor: authorUrn(session.account), object: input.postUrn, message: { text: input.text }, ...(input.parentComment ? { parentComment: input.parentComment } : {}) },
    write: true,
    bucket: 'comments:create',
  });
  if (created.kind !== 'ok') return created;
  const urn = created.value.headers.get('x-restli-id') ?? created.value.data.commentUrn ?? '';
  return ok({ remoteId: urn, url: postUrl(input.postUrn) });
}

export function listComments(session: AdapterSession, base: string, postUrn: string) {
  return callLinkedIn<Paged<LinkedInComment>>(session, base, {
    path: `/rest/socialActions/${encodeURIComponent(postUrn)}/comments`,
    query: { count: '50' },
    bucket: 'comments:read',
  });
}
