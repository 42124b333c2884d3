import { FormData } from 'undici';
import type { AdapterSession, MediaItem, PublishedPost, Publisher, PublishRequest } from '../adapter.ts';
import { rejected, transient, type Outcome } from '../outcome.ts';
import { graphFor, idOf, publishedFrom, succeeded, type GraphClient, type GraphParams, type GraphRequest } from '../meta/graph-api.ts';
import { findRecentPost, withLink } from '../meta/post-text.ts';

/**
 * Posts to a Facebook Page (Meta docs: "Pages API › Posts", "Graph API Reference › Page Photos",
 * "Video API › Publishing"): text and links to /{page-id}/feed, one photo to /{page-id}/photos,
 * several photos uploaded unpublished and attached to one feed post, a video to /{page-id}/videos.
 * The session's profile is the Page; it acts with the Page token the login stored for it.
 */
export interface FacebookEndpoints {
  baseUrl: string;
  /** Meta takes video uploads on graph-video.facebook.com. */
  videoBaseUrl: string;
}

interface PagePost {
  id: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
}

export function postUrl(remoteId: string): string {
  return `https://www.facebook.com/${remoteId}`;
}

export function facebookPublisher(endpoints: FacebookEndpoints): Publisher {
  return {
    async publish(session, request) {
      const graph = graphFor(session, { baseUrl: endpoints.baseUrl });
      if (graph.kind !== 'ok') return graph;
      if (request.replyTo) return rejected('Facebook Pages have no threads; add a first comment instead', 'unsupported');
      const pageId = session.account.remoteId;
      const videos = request.media.filter((m) => m.kind === 'video');
      const images = request.media.filter((m) => m.kind === 'image');
      if (videos.length > 0 && images.length > 0) return rejected('A Facebook post cannot mix photos and a video', 'media_mixing');
      if (videos.length > 1) return rejected('A Facebook post holds one video', 'media_count');
      const [video] = videos;
      if (video) return publishVideo(session, endpoints, pageId, video, request);
      const [image, ...more] = images;
      if (image && more.length === 0) return publishPhoto(graph.value, pageId, image, request);
      if (images.length > 1) return publishAlbum(graph.value, pageId, images, request);
      const posted = await graph.value.post<unknown>(`${pageId}/feed`, { message: request.text, link: request.link });
      return publishedFrom(posted, postUrl);
    },

    async comment(session, { onRemoteId, text }) {
      const graph = graphFor(session, { baseUrl: endpoints.baseUrl });
      if (graph.kind !== 'ok') return graph;
      const posted = await graph.value.post<unknown>(`${onRemoteId}/comments`, { message: text });
      return publishedFrom(posted);
    },

    async delete(session, remoteId) {
      const graph = graphFor(session, { baseUrl: endpoints.baseUrl });
      if (graph.kind !== 'ok') return graph;
      return succeeded(await graph.value.delete<{ success?: boolean }>(remoteId));
    },

    async find(session, want) {
      const graph = graphFor(session, { baseUrl: endpoints.baseUrl });
      if (graph.kind !== 'ok') return graph;
      return findRecentPost<PagePost>(
        graph.value,
        { path: `${session.account.remoteId}/published_posts`, fields: 'id,message,created_time,permalink_url', textOf: (p) => p.message, urlOf: (p) => p.permalink_url ?? postUrl(p.id) },
        want,
      );
    },
  };
}

/** A photo by URL when it has a public one (Meta fetches it), else its bytes as multipart `source`. */
async function photoRequest(path: string, item: MediaItem, fields: GraphParams, write: boolean): Promise<GraphRequest> {
  const params: GraphParams = { ...fields, alt_text_custom: item.altText };
  if (item.publicUrl) return { method: 'POST', path, form: { ...params, url: item.publicUrl }, write };
  return { method: 'POST', path, multipart: await multipartOf(params, 'source', item), write };
}

export async function multipartOf(params: GraphParams, fileField: string, item: MediaItem): Promise<FormData> {
  const form = new FormData();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) form.set(k, String(v));
  const bytes = await item.read();
  form.set(fileField, new Blob([new Uint8Array(bytes)], { type: item.mimeType }), item.kind === 'video' ? 'video' : 'photo');
  return form;
}

async function publishPhoto(graph: GraphClient, pageId: string, image: MediaItem, request: PublishRequest): Promise<Outcome<PublishedPost>> {
  const req = await photoRequest(`${pageId}/photos`, image, { caption: withLink(request.text, request.link) }, true);
  return publishedFrom(await graph.request<unknown>(req), postUrl);
}

/** Unpublished photos create nothing people see, so a timeout there is transient, not unknown. */
async function publishAlbum(graph: GraphClient, pageId: string, images: MediaItem[], request: PublishRequest): Promise<Outcome<PublishedPost>> {
  const attached: GraphParams = {};
  for (const [i, image] of images.entries()) {
    const uploaded = await graph.request<unknown>(await photoRequest(`${pageId}/photos`, image, { published: false }, false));
    if (uploaded.kind !== 'ok') return uploaded;
    const id = idOf(uploaded.value);
    if (!id) return transient('Facebook accepted a photo but returned no id');
    attached[`attached_media[${i}]`] = JSON.stringify({ media_fbid: id });
  }
  const posted = await graph.post<unknown>(`${pageId}/feed`, { message: withLink(request.text, request.link), ...attached });
  return publishedFrom(posted, postUrl);
}

async function publishVideo(session: AdapterSession, endpoints: FacebookEndpoints, pageId: string, video: MediaItem, request: PublishRequest): Promise<Outcome<PublishedPost>> {
  const graph = graphFor(session, { baseUrl: endpoints.videoBaseUrl });
  if (graph.kind !== 'ok') return graph;
  const params: GraphParams = { description: withLink(request.text, request.link), title: request.options?.title };
  const req: GraphRequest = video.publicUrl
    ? { method: 'POST', path: `${pageId}/videos`, form: { ...params, file_url: video.publicUrl } }
    : { method: 'POST', path: `${pageId}/videos`, multipart: await multipartOf(params, 'source', video) };
  return publishedFrom(await graph.value.request<unknown>(req), (id) => `https://www.facebook.com/${pageId}/videos/${id}`);
}
