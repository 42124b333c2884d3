import type { PublishedPost, Publisher } from '../adapter.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { callTikTok, type TikTokApi } from './client.ts';
import { checkPrivacy, initRequestOf, tiktokMediaOf, type CreatorInfo } from './post.ts';
import { awaitPublished, videoUrl } from './status.ts';
import { uploadChunks } from './upload.ts';

interface InitAnswer {
  publish_id?: string;
  upload_url?: string;
}
interface VideoList {
  videos?: Array<{ id: string; title?: string; video_description?: string; create_time?: number; share_url?: string }>;
  cursor?: number;
  has_more?: boolean;
}

/** Enough of the newest videos to cover a publish window. */
const FIND_PAGES = 5;

/**
 * Direct Post: ask what the creator may post (creator_info), start the post (video by URL or by
 * upload, photos by URL), send the bytes if we upload, then wait for TikTok to publish. TikTok's
 * API cannot delete a post, and a post carries no hidden field, so find() matches the caption
 * among the creator's newest videos.
 */
export function createTikTokPublisher(api: TikTokApi): Publisher {
  return {
    async publish(session, request) {
      const media = tiktokMediaOf(request);
      if (media.kind !== 'ok') return media;
      const creator = await callTikTok<CreatorInfo>(api, session, { path: '/v2/post/publish/creator_info/query/', write: false, bucket: 'creator' });
      if (creator.kind !== 'ok') return creator;
      const privacy = checkPrivacy(request, creator.value);
      if (privacy.kind !== 'ok') return privacy;
      const video = media.value.kind === 'video' ? media.value.video : null;
      const bytes = video && !video.publicUrl ? await video.read() : null;
      const init = initRequestOf(request, media.value, creator.value, privacy.value, bytes?.byteLength);
      if (init.kind !== 'ok') return init;
      const started = await callTikTok<InitAnswer>(api, session, { path: init.value.path, json: init.value.body, write: init.value.pulls, bucket: 'publish' });
      if (started.kind !== 'ok') return started;
      const publishId = started.value.publish_id;
      if (!publishId) return rejected('TikTok accepted the post without a publish_id', 'no_publish_id');
      if (bytes && video) {
        if (!started.value.upload_url) return rejected('TikTok gave no upload_url for the video', 'no_upload_url');
        const uploaded = await uploadChunks(session, { uploadUrl: started.value.upload_url, bytes, mimeType: video.mimeType });
        if (uploaded.kind !== 'ok') return uploaded;
      }
      return awaitPublished(api, session, publishId, media.value.kind);
    },

    async delete() {
      return rejected('TikTok’s API cannot delete posts. Delete it in the TikTok app.', 'not_supported');
    },

    async find(session, { text, after, before }) {
      let cursor: number | undefined;
      for (let page = 0; page < FIND_PAGES; page++) {
        const listed: Outcome<VideoList> = await callTikTok<VideoList>(api, session, {
          path: '/v2/video/list/',
          query: { fields: 'id,title,video_description,create_time,share_url' },
          json: { max_count: 20, ...(cursor === undefined ? {} : { cursor }) },
          write: false,
          bucket: 'read',
        });
        if (listed.kind !== 'ok') return listed;
        const videos = listed.value.videos ?? [];
        const match = videos.find((v) => {
          const at = new Date((v.create_time ?? 0) * 1000);
          return at >= after && at <= before && [v.video_description, v.title].some((t) => t?.trim() === text.trim());
        });
        if (match) return ok<PublishedPost | null>({ remoteId: match.id, url: match.share_url ?? videoUrl(session.account.handle, match.id, 'video') });
        const oldest = videos.at(-1)?.create_time;
        if (!listed.value.has_more || (oldest !== undefined && oldest * 1000 < after.getTime())) break;
        cursor = listed.value.cursor;
      }
      return ok(null);
    },
  };
}
