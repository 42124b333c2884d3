import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { readNodes, unixSeconds, type GraphList } from '../meta/graph-api.ts';
import { accountInsights, insightValue, type InsightMetric } from '../meta/insights.ts';
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

export function instagramMetrics(baseUrl: string): MetricsSource {
  return {
    async profile(session, { since, until }) {
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      const account = await accountInsights(graph.value, session.account.remoteId, {
        metric: 'views,total_interactions,profile_links_taps',
        period: 'day',
        metric_type: 'total_value',
        since: unixSeconds(since),
        until: unixSeconds(until),
      });
      if (account.kind !== 'ok') return account;
      const { followers, metrics } = account.value;
      return ok({
        followers,
        impressions: insightValue(metrics, 'views'),
        engagements: insightValue(metrics, 'total_interactions'),
        clicks: insightValue(metrics, 'profile_links_taps'),
        videoViews: null,
      });
    },

    async posts(session, { remoteIds }) {
      const graph = instagramGraph(session, baseUrl);
      if (graph.kind !== 'ok') return graph;
      const nodes = await readNodes<IgMediaNode>(graph.value, remoteIds, MEDIA_FIELDS);
      if (nodes.kind !== 'ok') return nodes;
      return ok(
        remoteIds.flatMap((id): PostMetrics[] => {
          const node = nodes.value.get(id);
          if (!node) return [];
          const insights = node.insights?.data;
          const views = insightValue(insights, 'views');
          const isVideo = node.media_type === 'VIDEO' || node.media_type === 'REELS';
          return [
            {
              remoteId: id,
              followers: null,
              impressions: views,
              engagements: insightValue(insights, 'total_interactions'),
              clicks: null,
              videoViews: isVideo ? views : null,
              likes: node.like_count ?? null,
              comments: node.comments_count ?? null,
              shares: insightValue(insights, 'shares'),
            },
          ];
        }),
      );
    },
  };
}
