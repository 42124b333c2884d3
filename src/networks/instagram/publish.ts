import type { AdapterSession, MediaItem, PublishedPost, Publisher } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import {
  CONTAINER_DELAYS_MS,
  createPostContainer,
  ensureQuota,
  permalinkOf,
  publishContainer,
  refuseWithoutPublicUrl,
  type ContainerPublishing,
  type ContainerWait,
} from '../meta/containers.ts';
import { graphFor, publishedFrom, succeeded, type GraphClient, type GraphParams } from '../meta/graph-api.ts';
import { findRecentPost, withLink } from '../meta/post-text.ts';
import { classifyInstagramError } from './errors.ts';
import { instagramManifest } from './manifest.ts';

/**
 * Publishing to an Instagram professional account (Meta docs: "Instagram Platform › Content
 * Publishing", "IG User › Media", "IG User › Media Publish"): the quota is read first, then one
 * container per photo or Reel (or a carousel of child containers), then media_publish. Instagram
 * fetches every media item from its public URL. The session's profile is the Instagram account;
 * it acts with the token of the Page it is linked to.
 */
interface IgMedia {
  id: string;
  caption?: string;
  permalink?: string;
  timestamp?: string;
}

export function instagramGraph(session: AdapterSession, baseUrl: string): Outcome<GraphClient> {
  return graphFor(session, { baseUrl, classify: classifyInstagramError });
}

export function instagramPublisher(opts: ContainerPublishing): Publisher {
  const wait: ContainerWait = { statusField: 'status_code', delaysMs: opts.containerDelaysMs ?? CONTAINER_DELAYS_MS };
  const now = () => opts.now?.() ?? new Date();

  return {
    async publish(session, request) {
      if (request.replyTo) return rejected('Instagram has no threads; add a first comment instead', 'unsupported');
      const refused = refusal(request.media);
      if (refused) return refused;
      const graph = instagramGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      const igUser = session.account.remoteId;
      const quota = await ensureQuota(graph.value, { path: `${igUser}/content_publishing_limit`, kind: 'posts', label: 'Instagram publishing limit', now: now() });
      if (quota.kind !== 'ok') return quota;
      const caption = withLink(request.text, request.link);
      const container = await createPostContainer(graph.value, { path: `${igUser}/media`, media: request.media, postParams: { caption }, itemParams, wait });
      if (container.kind !== 'ok') return container;
      const mediaId = await publishContainer(graph.value, `${igUser}/media_publish`, container.value);
      if (mediaId.kind !== 'ok') return mediaId;
      return ok({ remoteId: mediaId.value, url: await permalinkOf(graph.value, mediaId.value) });
    },

    async comment(session, { onRemoteId, text }) {
      const graph = instagramGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      const posted = await graph.value.post<unknown>(`${onRemoteId}/comments`, { message: text });
      return publishedFrom(posted);
    },

    /** Deleting needs instagram_manage_contents; a carousel goes as a whole. */
    async delete(session, remoteId) {
      const graph = instagramGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      return succeeded(await graph.value.delete<{ success?: boolean }>(remoteId));
    },

    async find(session, want) {
      const graph = instagramGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      return findRecentPost<IgMedia>(
        graph.value,
        { path: `${session.account.remoteId}/media`, fields: 'id,caption,permalink,timestamp', textOf: (m) => m.caption, urlOf: (m) => m.permalink ?? null },
        want,
      );
    },
  };
}

/** What Instagram would refuse, said before any call is made. */
function refusal(media: MediaItem[]): Outcome<PublishedPost> | null {
  if (media.length === 0) return rejected('An Instagram post needs a photo or a video', 'media_required');
  if (media.length > instagramManifest.media.maxCount) return rejected(`An Instagram carousel holds at most ${instagramManifest.media.maxCount} items`, 'media_count');
  return refuseWithoutPublicUrl(media, 'Instagram');
}

function itemParams(item: MediaItem, inCarousel: boolean): GraphParams {
  const url = item.publicUrl;
  if (item.kind === 'video') return { media_type: inCarousel ? 'VIDEO' : 'REELS', video_url: url, ...(inCarousel ? { is_carousel_item: true } : { share_to_feed: true }) };
  return { image_url: url, alt_text: item.altText, ...(inCarousel ? { is_carousel_item: true } : {}) };
}
