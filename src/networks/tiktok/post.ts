import type { MediaItem, PublishRequest } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { TIKTOK_PHOTO_TITLE_MAX } from './manifest.ts';

/** creator_info/query: what this creator may post now. */
export interface CreatorInfo {
  creator_username?: string;
  creator_nickname?: string;
  privacy_level_options?: string[];
  comment_disabled?: boolean;
  duet_disabled?: boolean;
  stitch_disabled?: boolean;
  max_video_post_duration_sec?: number;
}

export type TikTokMedia = { kind: 'video'; video: MediaItem } | { kind: 'photo'; photos: MediaItem[] };

/** One video, or up to 35 photos; TikTok does not mix them ("Content Posting API"). */
export function tiktokMediaOf(request: PublishRequest): Outcome<TikTokMedia> {
  const videos = request.media.filter((m) => m.kind === 'video');
  const photos = request.media.filter((m) => m.kind === 'image');
  if (videos.length === 1 && photos.length === 0) return ok({ kind: 'video', video: videos[0]! });
  if (videos.length === 0 && photos.length >= 1 && photos.length <= 35) {
    if (photos.some((p) => !p.publicUrl)) return rejected('TikTok fetches photos itself: every photo needs a public URL (set up public media storage).', 'public_url_required');
    return ok({ kind: 'photo', photos });
  }
  return rejected('A TikTok post is one video, or 1 to 35 photos, never both.', 'media_not_supported');
}

/**
 * Direct Post needs the person's own choices, which TikTok forbids defaulting ("UX Guidelines"):
 * options.privacyLevel, one of the creator's privacy_level_options. Also disableComment,
 * disableDuet, disableStitch, brandContent, brandOrganic, aiGenerated ("true"), coverMs for a
 * video's cover frame, title and autoAddMusic for photos.
 */
export function checkPrivacy(request: PublishRequest, creator: CreatorInfo): Outcome<string> {
  const allowed = creator.privacy_level_options ?? [];
  const chosen = request.options?.['privacyLevel'];
  if (!chosen || !allowed.includes(chosen)) {
    return rejected(`Choose who can see this TikTok post (privacyLevel): ${allowed.join(', ') || 'this account offers no choice now'}.`, 'privacy_level_required');
  }
  return ok(chosen);
}

/** Video bytes go up in chunks of 5 to 64 MB; a video up to 64 MB goes whole ("Media Transfer Guide"). */
export function chunkPlan(size: number): { chunkSize: number; chunks: number } {
  const whole = 64 * 1024 * 1024;
  if (size <= whole) return { chunkSize: size, chunks: 1 };
  const chunkSize = 10 * 1024 * 1024;
  // The last chunk takes the remainder, so the count rounds down.
  return { chunkSize, chunks: Math.floor(size / chunkSize) };
}

export interface InitRequest {
  path: '/v2/post/publish/video/init/' | '/v2/post/publish/content/init/';
  body: Record<string, unknown>;
  /** TikTok fetches the media itself: once init is accepted, the post may appear. */
  pulls: boolean;
}

export function initRequestOf(request: PublishRequest, media: TikTokMedia, creator: CreatorInfo, privacy: string, videoSize?: number): Outcome<InitRequest> {
  const o = request.options ?? {};
  const flag = (name: string) => o[name] === 'true';
  const common = {
    privacy_level: privacy,
    disable_comment: flag('disableComment') || !!creator.comment_disabled,
    brand_content_toggle: flag('brandContent'),
    brand_organic_toggle: flag('brandOrganic'),
  };
  if (media.kind === 'photo') {
    const title = o['title'] ?? '';
    if (Array.from(title).length > TIKTOK_PHOTO_TITLE_MAX) return rejected(`A TikTok photo title has at most ${TIKTOK_PHOTO_TITLE_MAX} characters.`, 'title_too_long');
    return ok({
      path: '/v2/post/publish/content/init/',
      pulls: true,
      body: {
        media_type: 'PHOTO',
        post_mode: 'DIRECT_POST',
        post_info: { ...common, title, description: request.text, auto_add_music: flag('autoAddMusic') },
        source_info: { source: 'PULL_FROM_URL', photo_cover_index: 0, photo_images: media.photos.map((p) => p.publicUrl) },
      },
    });
  }
  const max = creator.max_video_post_duration_sec;
  if (max && media.video.durationSeconds && media.video.durationSeconds > max) {
    return rejected(`This TikTok account can post videos of at most ${max} seconds.`, 'video_too_long');
  }
  const url = media.video.publicUrl;
  const plan = url ? null : chunkPlan(videoSize ?? 0);
  return ok({
    path: '/v2/post/publish/video/init/',
    pulls: !!url,
    body: {
      post_info: {
        ...common,
        title: request.text,
        disable_duet: flag('disableDuet') || !!creator.duet_disabled,
        disable_stitch: flag('disableStitch') || !!creator.stitch_disabled,
        is_aigc: flag('aiGenerated'),
        ...(o['coverMs'] ? { video_cover_timestamp_ms: Number(o['coverMs']) } : {}),
      },
      source_info: url
        ? { source: 'PULL_FROM_URL', video_url: url }
        : { source: 'FILE_UPLOAD', video_size: videoSize, chunk_size: plan!.chunkSize, total_chunk_count: plan!.chunks },
    },
  });
}
