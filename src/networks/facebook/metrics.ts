import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { graphFor, readNodes, unixSeconds, type GraphList } from '../meta/graph-api.ts';
import { accountInsights, insightValue, sumKnown, type InsightMetric } from '../meta/insights.ts';

/**
 * Page and post insights (Meta docs: "Pages API › Page Insights", "Deprecated Page Insights
 * Metrics"). Since November 2025 `page_impressions` and `page_fans` are gone: views
 * (`page_media_view`, `post_media_view`) stand for impressions and `followers_count` for fans.
 * A Page has no click total any more, so profile clicks are null.
 */
interface PostNode {
  id: string;
  shares?: { count?: number };
  reactions?: { summary?: { total_count?: number } };
  comments?: { summary?: { total_count?: number } };
  insights?: GraphList<InsightMetric>;
}

const POST_FIELDS = [
  'id',
  'shares',
  'reactions.summary(total_count).limit(0)',
  'comments.summary(total_count).limit(0)',
  'insights.metric(post_media_view,post_clicks,post_video_views)',
].join(',');

export function facebookMetrics(baseUrl: string): MetricsSource {
  return {
    async profile(session, { since, until }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      const page = await accountInsights(graph.value, session.account.remoteId, {
        metric: 'page_media_view,page_post_engagements,page_video_views',
        period: 'day',
        since: unixSeconds(since),
        until: unixSeconds(until),
      });
      if (page.kind !== 'ok') return page;
      const { followers, metrics } = page.value;
      return ok({
        followers,
        impressions: insightValue(metrics, 'page_media_view'),
        engagements: insightValue(metrics, 'page_post_engagements'),
        clicks: null,
        videoViews: insightValue(metrics, 'page_video_views'),
      });
    },

    async posts(session, { remoteIds }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      const nodes = await readNodes<PostNode>(graph.value, remoteIds, POST_FIELDS);
      if (nodes.kind !== 'ok') return nodes;
      return ok(
        remoteIds.flatMap((id): PostMetrics[] => {
          const node = nodes.value.get(id);
          if (!node) return [];
          const insights = node.insights?.data;
          const likes = node.reactions?.summary?.total_count ?? null;
          const comments = node.comments?.summary?.total_count ?? null;
          // Meta leaves `shares` out of posts nobody has shared.
          const shares = node.shares?.count ?? 0;
          return [
            {
              remoteId: id,
              followers: null,
              impressions: insightValue(insights, 'post_media_view'),
              engagements: sumKnown(likes, comments, shares),
              clicks: insightValue(insights, 'post_clicks'),
              videoViews: insightValue(insights, 'post_video_views'),
              likes,
              comments,
              shares,
            },
          ];
        }),
      );
    },
  };
}
