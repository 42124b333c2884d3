import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { callPinterest, type PinterestApi } from './client.ts';

type Summary = Record<string, number | undefined>;
interface Analytics {
  all?: { summary_metrics?: Summary; lifetime_metrics?: Summary };
}

/** Pinterest keeps analytics for the last 90 days only, ending today. */
const DAYS_KEPT = 90;
const PIN_METRICS = ['IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK', 'SAVE', 'VIDEO_MRC_VIEW', 'TOTAL_COMMENTS', 'TOTAL_REACTIONS'];

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The period asked for, within what Pinterest keeps. */
function analyticsRange(since: Date, until: Date, now = new Date()): { start_date: string; end_date: string } {
  const earliest = new Date(now.getTime() - (DAYS_KEPT - 1) * 86_400_000);
  const end = until > now ? now : until;
  const start = since < earliest ? earliest : since > end ? end : since;
  return { start_date: day(start), end_date: day(end) };
}

const sum = (s: Summary, ...names: string[]) => (names.some((n) => s[n] !== undefined) ? names.reduce((n, name) => n + (s[name] ?? 0), 0) : null);

/**
 * user_account/analytics for the profile (impressions, engagements, outbound clicks, video views)
 * with followers from user_account, and pins/{id}/analytics for each Pin over the last 90 days.
 * A save is Pinterest's share; reactions are its likes.
 */
export function createPinterestMetrics(api: PinterestApi): MetricsSource {
  return {
    async profile(session, { since, until }) {
      const user = await callPinterest<{ follower_count?: number }>(api, session, { path: '/user_account', write: false, bucket: 'read' });
      if (user.kind !== 'ok') return user;
      const analytics = await callPinterest<Analytics>(api, session, { path: '/user_account/analytics', query: analyticsRange(since, until), write: false, bucket: 'analytics' });
      if (analytics.kind !== 'ok') return analytics;
      const s = analytics.value.all?.summary_metrics ?? {};
      return ok({
        followers: user.value.follower_count ?? null,
        impressions: sum(s, 'IMPRESSION'),
        engagements: sum(s, 'ENGAGEMENT'),
        clicks: sum(s, 'OUTBOUND_CLICK'),
        videoViews: sum(s, 'VIDEO_MRC_VIEW'),
      });
    },

    async posts(session, { remoteIds }) {
      const now = new Date();
      const range = analyticsRange(new Date(now.getTime() - (DAYS_KEPT - 1) * 86_400_000), now, now);
      const rows: PostMetrics[] = [];
      for (const remoteId of remoteIds) {
        const analytics = await callPinterest<Analytics>(api, session, {
          path: `/pins/${encodeURIComponent(remoteId)}/analytics`,
          query: { ...range, metric_types: PIN_METRICS.join(','), app_types: 'ALL', split_field: 'NO_SPLIT' },
          write: false,
          bucket: 'analytics',
        });
        if (analytics.kind !== 'ok') return analytics;
        const s = analytics.value.all?.summary_metrics ?? analytics.value.all?.lifetime_metrics ?? {};
        rows.push({
          remoteId,
          followers: null,
          impressions: sum(s, 'IMPRESSION'),
          engagements: sum(s, 'PIN_CLICK', 'OUTBOUND_CLICK', 'SAVE', 'TOTAL_COMMENTS', 'TOTAL_REACTIONS'),
          clicks: sum(s, 'OUTBOUND_CLICK'),
          videoViews: sum(s, 'VIDEO_MRC_VIEW'),
          likes: sum(s, 'TOTAL_REACTIONS'),
          comments: sum(s, 'TOTAL_COMMENTS'),
          shares: sum(s, 'SAVE'),
        });
      }
      return ok(rows);
    },
  };
}
