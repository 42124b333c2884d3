import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { callX } from './client.ts';
import type { XTweet, XUser } from './types.ts';

/** GET /2/tweets takes up to 100 ids. */
const BATCH = 100;

/**
 * Public metrics (docs.x.com, "Metrics"): impressions, likes, replies, reposts, quotes and
 * bookmarks per post, followers per account. Link clicks and video views are private metrics X keeps
 * for 30 days and only for some tiers, so they stay null.
 */
export function createXMetrics(base: string): MetricsSource {
  return {
    async profile(session) {
      const me = await callX<XUser>(session, base, { path: '/2/users/me', query: { 'user.fields': 'public_metrics' }, bucket: 'users:me' });
      if (me.kind !== 'ok') return me;
      const followers = me.value.data?.public_metrics?.followers_count;
      return ok({ followers: followers ?? null, impressions: null, engagements: null, clicks: null, videoViews: null });
    },

    async posts(session, { remoteIds }) {
      const metrics: PostMetrics[] = [];
      for (let i = 0; i < remoteIds.length; i += BATCH) {
        // A deleted post comes back in `errors`, not `data`: it simply has no metrics.
        const read = await callX<XTweet[]>(session, base, {
          path: '/2/tweets',
          query: { ids: remoteIds.slice(i, i + BATCH).join(','), 'tweet.fields': 'public_metrics' },
          bucket: 'tweets:lookup',
        });
        if (read.kind !== 'ok') return read;
        metrics.push(...(read.value.data ?? []).map(metricsOf));
      }
      return ok(metrics);
    },
  };
}

function metricsOf(tweet: XTweet): PostMetrics {
  const m = tweet.public_metrics ?? {};
  const likes = m.like_count ?? 0;
  const comments = m.reply_count ?? 0;
  const shares = (m.retweet_count ?? 0) + (m.quote_count ?? 0);
  return {
    remoteId: tweet.id,
    followers: null,
    impressions: m.impression_count ?? null,
    engagements: likes + comments + shares + (m.bookmark_count ?? 0),
    clicks: null,
    videoViews: null,
    likes,
    comments,
    shares,
  };
}
