import type { AdapterSession, MediaItem, PublishedPost, Publisher, PublishRequest } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { callYouTube, type YouTubeApi } from './client.ts';
import { YOUTUBE_DESCRIPTION_MAX_BYTES, YOUTUBE_TAGS_MAX_CHARS, YOUTUBE_TITLE_MAX } from './manifest.ts';
import { uploadVideo } from './upload.ts';

const PRIVACY = ['public', 'unlisted', 'private'];

export const watchUrl = (videoId: string) => `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;

interface VideoUpload {
  video: MediaItem;
  resource: { snippet: Record<string, unknown>; status: Record<string, unknown> };
  notifySubscribers: boolean;
}

/**
 * A post is one video. Options: title (else the text's first line), privacy (public, unlisted,
 * private; default public), categoryId (default 22, People & Blogs), tags (comma-separated),
 * madeForKids ("true"/"false"), notifySubscribers ("false" to upload quietly). The marker is kept
 * as a tag, which viewers do not see, so find() can recognise the video after a lost answer.
 */
export function prepareUpload(request: PublishRequest): Outcome<VideoUpload> {
  const options = request.options ?? {};
  const videos = request.media.filter((m) => m.kind === 'video');
  if (videos.length !== 1 || request.media.length !== 1) return rejected('A YouTube post is exactly one video, with no images.', 'media_required');
  const title = (options['title'] ?? firstLine(request.text)).trim();
  if (!title) return rejected('A YouTube video needs a title: set one, or start the text with it.', 'title_required');
  if (Array.from(title).length > YOUTUBE_TITLE_MAX) return rejected(`A YouTube title has at most ${YOUTUBE_TITLE_MAX} characters.`, 'title_too_long');
  const description = request.text;
  if (new TextEncoder().encode(description).byteLength > YOUTUBE_DESCRIPTION_MAX_BYTES) {
    return rejected(`A YouTube description has at most ${YOUTUBE_DESCRIPTION_MAX_BYTES} bytes (letters outside Latin take 2 to 4 bytes each).`, 'text_too_long');
  }
  if (/[<>]/.test(title + description)) return rejected('YouTube does not allow < or > in a title or description.', 'invalid_characters');
  const privacy = options['privacy'] ?? 'public';
  if (!PRIVACY.includes(privacy)) return rejected(`YouTube privacy must be one of ${PRIVACY.join(', ')}.`, 'invalid_privacy');
  const tags = [...(options['tags'] ?? '').split(','), request.marker].map((t) => t.trim()).filter(Boolean);
  if (tags.join(',').length > YOUTUBE_TAGS_MAX_CHARS) return rejected(`YouTube tags have at most ${YOUTUBE_TAGS_MAX_CHARS} characters in all.`, 'tags_too_long');
  return ok({
    video: videos[0]!,
    resource: {
      snippet: { title, description, tags, categoryId: options['categoryId'] ?? '22' },
      status: { privacyStatus: privacy, selfDeclaredMadeForKids: options['madeForKids'] === 'true' },
    },
    notifySubscribers: options['notifySubscribers'] !== 'false',
  });
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  const chars = Array.from(line.trim());
  return chars.length > YOUTUBE_TITLE_MAX ? `${chars.slice(0, YOUTUBE_TITLE_MAX - 1).join('')}…` : chars.join('');
}

interface UploadsPlaylist {
  items?: Array<{ contentDetails?: { relatedPlaylists?: { uploads?: string } } }>;
}
interface PlaylistItems {
  items?: Array<{ contentDetails?: { videoId?: string } }>;
}
interface VideoList {
  items?: Array<{ id: string; snippet?: { publishedAt?: string; title?: string; description?: string; tags?: string[] } }>;
}

export function createYouTubePublisher(api: YouTubeApi): Publisher {
  return {
    async publish(session, request) {
      const prepared = prepareUpload(request);
      if (prepared.kind !== 'ok') return prepared;
      const { video, resource, notifySubscribers } = prepared.value;
      const uploaded = await uploadVideo(api, session, { resource, bytes: await video.read(), mimeType: video.mimeType, notifySubscribers });
      if (uploaded.kind !== 'ok') return uploaded;
      return ok({ remoteId: uploaded.value.id, url: watchUrl(uploaded.value.id) });
    },

    async comment(session, { onRemoteId, text }) {
      const created = await callYouTube<{ id: string; snippet?: { videoId?: string } }>(api, session, {
        method: 'POST',
        path: '/commentThreads',
        query: { part: 'snippet' },
        json: { snippet: { videoId: onRemoteId, topLevelComment: { snippet: { textOriginal: text } } } },
        write: true,
        bucket: 'write',
      });
      if (created.kind !== 'ok') return created;
      return ok({ remoteId: created.value.id, url: `${watchUrl(onRemoteId)}&lc=${encodeURIComponent(created.value.id)}` });
    },

    async delete(session, remoteId) {
      const deleted = await callYouTube<unknown>(api, session, { method: 'DELETE', path: '/videos', query: { id: remoteId }, write: true, bucket: 'write' });
      // A video that is already gone is what we wanted.
      if (deleted.kind === 'rejected' && deleted.code === 'videoNotFound') return ok(undefined);
      return deleted.kind === 'ok' ? ok(undefined) : deleted;
    },

    async find(session, { marker, text, after, before }) {
      const recent = await recentUploads(api, session);
      if (recent.kind !== 'ok') return recent;
      const inWindow = (at?: string) => !!at && new Date(at) >= after && new Date(at) <= before;
      const match =
        recent.value.find((v) => v.snippet?.tags?.includes(marker)) ??
        recent.value.find((v) => v.snippet?.description?.trim() === text.trim() && inWindow(v.snippet?.publishedAt));
      return ok<PublishedPost | null>(match ? { remoteId: match.id, url: watchUrl(match.id) } : null);
    },
  };
}

/** The channel's latest uploads with their tags: channel → uploads playlist → videos. */
async function recentUploads(api: YouTubeApi, session: AdapterSession): Promise<Outcome<NonNullable<VideoList['items']>>> {
  const channel = await callYouTube<UploadsPlaylist>(api, session, { path: '/channels', query: { part: 'contentDetails', mine: 'true' }, write: false, bucket: 'read' });
  if (channel.kind !== 'ok') return channel;
  const playlistId = channel.value.items?.[0]?.contentDetails?.relatedPlaylists?.uploads;
  if (!playlistId) return ok([]);
  const listed = await callYouTube<PlaylistItems>(api, session, {
    path: '/playlistItems',
    query: { part: 'contentDetails', playlistId, maxResults: '50' },
    write: false,
    bucket: 'read',
  });
  if (listed.kind !== 'ok') return listed;
  const ids = (listed.value.items ?? []).map((i) => i.contentDetails?.videoId).filter((id): id is string => !!id);
  if (!ids.length) return ok([]);
  const videos = await callYouTube<VideoList>(api, session, { path: '/videos', query: { part: 'snippet', id: ids.join(',') }, write: false, bucket: 'read' });
  if (videos.kind !== 'ok') return videos;
  return ok(videos.value.items ?? []);
}
