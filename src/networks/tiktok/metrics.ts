import type { AdapterSession, MetricsSource, PostMetrics } from '../adapter.ts';
import { ok, type Outcome } from '../outcome.ts';
import { callTikTok, type TikTokApi } from './client.ts';
import { fetchStatus } from './status.ts';

interface UserStats {
  user?: { follower_count?: number; likes_count?: number; video_count?: number };
}
interface VideoStats {
  videos?: Array<{ id: string; view_count?: number; like_count?: number; comment_count?: number; share_count?: number }>;
}

/** /v2/video/query/ takes at most 20 ids. */
const IDS_PER_CALL = 20;
/** TikTok's post ids are digits; anything else is a publish_id from a post still processing. */
const isPostId = (id: string) => /^\d+$/.test(id);

/**
 * Display API figures: the account's followers (user.info.stats), and each video's views, likes,
 * comments and shares (video.list). They are totals to date; TikTok gives no impressions or clicks
 * here. A post Canopy knows by its publish_id is looked up first.
 */
export function createTikTokMetrics(api: TikTokApi): MetricsSource {
  return {
    async profile(session) {
      const info = await callTikTok<UserStats>(api, session, {
        method: 'GET',
        path: '/v2/user/info/',
        query: { fields: 'follower_count,likes_count,video_count' },
        write: false,
        bucket: 'read',
      });
      if (info.kind !== 'ok') return info;
      return ok({ followers: info.value.user?.follower_count ?? null, impressions: null, engagements: null, clicks: null, videoViews: null });
    },

    async posts(session, { remoteIds }) {
      const ids = await postIdsOf(api, session, remoteIds);
      const metrics: PostMetrics[] = [];
      const byVideo = [...ids.keys()];
      for (let i = 0; i < byVideo.length; i += IDS_PER_CALL) {
        const queried = await callTikTok<VideoStats>(api, session, {
          path: '/v2/video/query/',
          query: { fields: 'id,view_count,like_count,comment_count,share_count' },
          json: { filters: { video_ids: byVideo.slice(i, i + IDS_PER_CALL) } },
          write: false,
          bucket: 'read',
        });
        if (queried.kind !== 'ok') return queried;
        for (const v of queried.value.videos ?? []) {
          const [likes, comments, shares] = [v.like_count ?? null, v.comment_count ?? null, v.share_count ?? null];
          metrics.push({
            remoteId: ids.get(v.id) ?? v.id,
            followers: null,
            impressions: null,
            engagements: likes === null && comments === null && shares === null ? null : (likes ?? 0) + (comments ?? 0) + (shares ?? 0),
            clicks: null,
            videoViews: v.view_count ?? null,
            likes,
            comments,
            shares,
          });
        }
      }
      return ok(metrics);
    },
  };
}

/** Post id → the remote id Canopy holds (the same, or the publish_id it came from). */
async function postIdsOf(api: TikTokApi, session: AdapterSession, remoteIds: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const remoteId of remoteIds) {
    if (isPostId(remoteId)) {
      ids.set(remoteId, remoteId);
      continue;
    }
    const status: Outcome<{ publicaly_available_post_id?: Array<string | number> }> = await fetchStatus(api, session, remoteId);
    const postId = status.kind === 'ok' ? status.value.publicaly_available_post_id?.[0] : undefined;
    if (postId !== undefined) ids.set(String(postId), remoteId);
  }
  return ids;
}
