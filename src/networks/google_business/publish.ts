import type { PublishedPost, Publisher, PublishRequest } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { callBusiness, locationOf, type BusinessApi } from './client.ts';
import { CALL_TO_ACTIONS } from './manifest.ts';

interface LocalPost {
  name: string;
  summary?: string;
  state?: 'LOCAL_POST_STATE_UNSPECIFIED' | 'REJECTED' | 'LIVE' | 'PROCESSING';
  searchUrl?: string;
  createTime?: string;
}
interface LocalPostList {
  localPosts?: LocalPost[];
  nextPageToken?: string;
}

/**
 * The local post Google wants for a request. Options: callToAction (BOOK, ORDER, SHOP, LEARN_MORE,
 * SIGN_UP or CALL; LEARN_MORE when a link is given), languageCode, location (else the profile's).
 * Google has no hidden field for a marker, so find() matches the text.
 */
export function localPostOf(request: PublishRequest): Outcome<Record<string, unknown>> {
  const options = request.options ?? {};
  if (request.media.length > 1 || request.media.some((m) => m.kind !== 'image')) return rejected('A Google Business post has at most one photo, and no video.', 'media_not_supported');
  const photo = request.media[0];
  if (photo && !photo.publicUrl) return rejected('Google fetches the photo itself: the media needs a public URL (set up public media storage).', 'public_url_required');
  if (!request.text.trim() && !photo) return rejected('A Google Business post needs text or a photo.', 'empty_post');
  const action = options['callToAction'] ?? (request.link ? 'LEARN_MORE' : undefined);
  if (action && !CALL_TO_ACTIONS.includes(action)) return rejected(`The button must be one of ${CALL_TO_ACTIONS.join(', ')}.`, 'invalid_call_to_action');
  if (action && action !== 'CALL' && !request.link) return rejected(`The ${action} button needs a link.`, 'link_required');
  return ok({
    ...(options['languageCode'] ? { languageCode: options['languageCode'] } : {}),
    summary: request.text,
    topicType: 'STANDARD',
    ...(action ? { callToAction: { actionType: action, ...(action === 'CALL' ? {} : { url: request.link }) } } : {}),
    ...(photo ? { media: [{ mediaFormat: 'PHOTO', sourceUrl: photo.publicUrl }] } : {}),
  });
}

export function createBusinessPublisher(api: BusinessApi): Publisher {
  return {
    async publish(session, request) {
      const location = locationOf(session, request.options);
      if (location.kind !== 'ok') return location;
      const post = localPostOf(request);
      if (post.kind !== 'ok') return post;
      const created = await callBusiness<LocalPost>(session, { method: 'POST', url: `${api.v4}/v4/${location.value.name}/localPosts`, json: post.value, write: true });
      if (created.kind !== 'ok') return created;
      if (created.value.state === 'REJECTED') return rejected('Google rejected the post under its content policies.', 'post_rejected');
      return ok({ remoteId: created.value.name, url: created.value.searchUrl ?? null });
    },

    async delete(session, remoteId) {
      const deleted = await callBusiness<unknown>(session, { method: 'DELETE', url: `${api.v4}/v4/${remoteId}`, write: true });
      // A post already gone is what we wanted.
      if (deleted.kind === 'rejected' && deleted.code === 'NOT_FOUND') return ok(undefined);
      return deleted.kind === 'ok' ? ok(undefined) : deleted;
    },

    async find(session, { text, after, before }) {
      const location = locationOf(session);
      if (location.kind !== 'ok') return location;
      const listed = await callBusiness<LocalPostList>(session, { url: `${api.v4}/v4/${location.value.name}/localPosts`, query: { pageSize: '100' }, write: false });
      if (listed.kind !== 'ok') return listed;
      const match = (listed.value.localPosts ?? []).find((p) => {
        const at = p.createTime ? new Date(p.createTime) : null;
        return p.summary?.trim() === text.trim() && !!at && at >= after && at <= before;
      });
      return ok<PublishedPost | null>(match ? { remoteId: match.name, url: match.searchUrl ?? null } : null);
    },
  };
}
