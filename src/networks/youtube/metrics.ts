import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { callYouTube, type YouTubeApi } from './client.ts';

interface Statistics {
  viewCount?: string;
  subscriberCount?: string;
  hiddenSubscriberCount?: boolean;
  likeCount?: string;
  commentCount?: string;
}
interface StatisticsList {
  items?: Array<{ id: string; statistics?: Statistics }>;
}

/** videos.list takes at most 50 ids a call. */
const IDS_PER_CALL = 50;

const count = (value: string | undefined): number | null => (value === undefined ? null : Number(value));

/**
 * The Data API's statistics: lifetime totals of the channel and of each video, read now (the
 * period asked for does not narrow them; per-day figures need the YouTube Analytics API). YouTube
 * reports no impressions or shares here, and hides subscriber counts the channel chose to hide.
 */
export function createYouTubeMetrics(api: YouTubeApi): MetricsSource {
  return {
    async profile(session) {
      const listed = await callYouTube<StatisticsList>(api, session, {
        path: '/channels',
        query: { part: 'statistics', id: session.account.remoteId },
        write: false,
        bucket: 'read',
      });
      if (listed.kind !== 'ok') return listed;
      const stats = listed.value.items?.[0]?.statistics ?? {};
      return ok({
        followers: stats.hiddenSubscriberCount ? null : count(stats.subscriberCount),
        impressions: null,
        engagements: null,
        clicks: null,
        videoViews: count(stats.viewCount),
      });
    },

    async posts(session, { remoteIds }) {
      const metrics: PostMetrics[] = [];
      for (let i = 0; i < remoteIds.length; i += IDS_PER_CALL) {
        const listed = await callYouTube<StatisticsList>(api, session, {
          path: '/videos',
          query: { part: 'statistics', id: remoteIds.slice(i, i + IDS_PER_CALL).join(',') },
          write: false,
          bucket: 'read',
        });
        if (listed.kind !== 'ok') return listed;
        for (const video of listed.value.items ?? []) {
          const likes = count(video.statistics?.likeCount);
          const comments = count(video.statistics?.commentCount);
          metrics.push({
            remoteId: video.id,
            followers: null,
            impressions: null,
            engagements: likes === null && comments === null ? null : (likes ?? 0) + (comments ?? 0),
            clicks: null,
            videoViews: count(video.statistics?.viewCount),
            likes,
            comments,
            shares: null,
          });
        }
      }
      return ok(metrics);
    },
  };
}
