import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { unixSeconds, type GraphList } from '../meta/graph-api.ts';
import { insightValue, type InsightMetric } from '../meta/insights.ts';
import { instagramGraph } from './publish.ts';

/**
 * Account and media insights (Meta docs: "IG User › Insights", "IG Media › Insights"). Since 2025
 * `views` replaces impressions; `total_interactions` counts likes, comments, saves and shares;
 * `profile_links_taps` counts taps on the profile's links.
 */
interface IgMediaNode {
  id: string;
  media_type?: string;
  like_count?: number;
  comments_count?: number;
  insights?: GraphList<InsightMetric>;
}

const MEDIA_FIELDS = 'id,media_type,like_count,comments_count,insights.metric(views,shares,total_interactions)';
const IDS_PER_CALL = 50;

export function instagramMetrics(baseUrl: string): MetricsSource {
  return {
    async profile(session, { since, until }) {
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      const igUser = session.account.remoteId;
      const account = await graph.value.get<{ followers_count?: number }>(igUser, { fields: 'followers_count' });
      if (account.kind !== 'ok') return account;
      const insights = await graph.value.get<GraphList<InsightMetric>>(`${igUser}/insights`, {
        metric: 'views,total_interactions,profile_links_taps',
        period: 'day',
        metric_type: 'total_value',
        since: unixSeconds(since),
        until: unixSeconds(until),
      });
      if (insights.kind !== 'ok') return insights;
      const data = insights.value.data;
      return ok({
        followers: account.value.followers_count ?? null,
        impressions: insightValue(data, 'views'),
        engagements: insightValue(data, 'total_interactions'),
        clicks: insightValue(data, 'profile_links_taps'),
        videoViews: null,
      });
    },

    async posts(session, { remoteIds }) {
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      const metrics: PostMetrics[] = [];
      for (let i = 0; i < remoteIds.length; i += IDS_PER_CALL) {
        const ids = remoteIds.slice(i, i + IDS_PER_CALL);
        const nodes = await graph.value.get<Record<string, IgMediaNode>>('', { ids: ids.join(','), fields: MEDIA_FIELDS });
        if (nodes.kind !== 'ok') return nodes;
        for (const id of ids) {
          const node = nodes.value[id];
          if (!node) continue;
          const insights = node.insights?.data;
          const views = insightValue(insights, 'views');
          const isVideo = node.media_type === 'VIDEO' || node.media_type === 'REELS';
          metrics.push({
            remoteId: id,
            followers: null,
            impressions: views,
            engagements: insightValue(insights, 'total_interactions'),
            clicks: null,
            videoViews: isVideo ? views : null,
            likes: node.like_count ?? null,
            comments: node.comments_count ?? null,
            shares: insightValue(insights, 'shares'),
          });
        }
      }
      return ok(metrics);
    },
  };
}
