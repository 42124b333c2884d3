import type { AdapterSession, MediaItem, PublishedPost, Publisher, PublishRequest } from '../adapter.ts';
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
import { graphFor, succeeded, type GraphClient, type GraphParams } from '../meta/graph-api.ts';
import { findRecentPost, withLink } from '../meta/post-text.ts';
import { THREADS_VERSION } from './auth.ts';
import { threadsManifest } from './manifest.ts';
import { THREADS_MAX_LENGTH, threadsTextLength } from './text-length.ts';

/**
 * Publishing to Threads (Meta docs: "Threads API › Posts", "Reply Management", "Troubleshooting"):
 * the posts quota (or, for a reply, the replies quota) is read first, then a TEXT, IMAGE, VIDEO or
 * CAROUSEL container, then threads_publish. Thread parts and first comments are replies
 * (reply_to_id). A link is a link_attachment on a text post and goes at the end of the text
 * otherwise. Media is fetched by Threads from its public URL.
 */
export type ThreadsOptions = ContainerPublishing;

interface ThreadsPost {
  id: string;
  text?: string;
  permalink?: string;
  timestamp?: string;
}

export function threadsGraph(session: AdapterSession, baseUrl: string): Outcome<GraphClient> {
  return graphFor(session, { baseUrl, version: THREADS_VERSION, tokenIn: 'query', proof: false });
}

function itemParams(item: MediaItem, inCarousel: boolean): GraphParams {
  return {
    media_type: item.kind === 'video' ? 'VIDEO' : 'IMAGE',
    ...(item.kind === 'video' ? { video_url: item.publicUrl } : { image_url: item.publicUrl }),
    alt_text: item.altText,
    ...(inCarousel ? { is_carousel_item: true } : {}),
  };
}

/** Publishes a post or a reply; shared by the publisher and by inbox replies. */
export async function publishToThreads(session: AdapterSession, opts: ThreadsOptions, request: Pick<PublishRequest, 'text' | 'media' | 'link' | 'replyTo'>): Promise<Outcome<PublishedPost>> {
  const textOnly = request.media.length === 0;
  const text = textOnly ? request.text : withLink(request.text, request.link);
  const length = threadsTextLength(text);
  if (length > THREADS_MAX_LENGTH) return rejected(`Threads allows ${THREADS_MAX_LENGTH} characters, emoji counting their bytes; this text counts ${length}`, 'text_too_long');
  if (request.media.length > threadsManifest.media.maxCount) return rejected(`A Threads carousel holds at most ${threadsManifest.media.maxCount} items`, 'media_count');
  const noUrl = refuseWithoutPublicUrl(request.media, 'Threads');
  if (noUrl) return noUrl;
  const graph = threadsGraph(session, opts.baseUrl);
  if (graph.kind !== 'ok') return graph;
  const user = session.account.remoteId;
  const quota = await ensureQuota(graph.value, {
    path: `${user}/threads_publishing_limit`,
    kind: request.replyTo ? 'replies' : 'posts',
    label: request.replyTo ? 'Threads replies limit' : 'Threads publishing limit',
    now: opts.now?.() ?? new Date(),
  });
  if (quota.kind !== 'ok') return quota;
  const wait: ContainerWait = { statusField: 'status', delaysMs: opts.containerDelaysMs ?? CONTAINER_DELAYS_MS };
  const container = await createPostContainer(graph.value, {
    path: `${user}/threads`,
    media: request.media,
    postParams: { text, reply_to_id: request.replyTo?.remoteId },
    textParams: { media_type: 'TEXT', link_attachment: request.link },
    itemParams,
    wait,
  });
  if (container.kind !== 'ok') return container;
  const id = await publishContainer(graph.value, `${user}/threads_publish`, container.value);
  if (id.kind !== 'ok') return id;
  return ok({ remoteId: id.value, url: await permalinkOf(graph.value, id.value) });
}

export function threadsPublisher(opts: ThreadsOptions): Publisher {
  return {
    publish: (session, request) => publishToThreads(session, opts, request),

    /** A first comment is the profile's own reply under the post. */
    comment: (session, { onRemoteId, text }) => publishToThreads(session, opts, { text, media: [], replyTo: { remoteId: onRemoteId, rootId: onRemoteId } }),

    async delete(session, remoteId) {
      const graph = threadsGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      return succeeded(await graph.value.delete<{ success?: boolean }>(remoteId));
    },

    /** Posts are listed under /threads and replies (thread parts) under /replies. */
    async find(session, want) {
      const graph = threadsGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      for (const edge of ['threads', 'replies']) {
        const found = await findRecentPost<ThreadsPost>(
          graph.value,
          { path: `${session.account.remoteId}/${edge}`, fields: 'id,text,permalink,timestamp', textOf: (p) => p.text, urlOf: (p) => p.permalink ?? null },
          want,
        );
        if (found.kind !== 'ok' || found.value) return found;
      }
      return ok(null);
    },
  };
}
