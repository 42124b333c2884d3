import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { graphFor, unixSeconds, type GraphList } from '../meta/graph-api.ts';
import { insightValue, sumKnown, type InsightMetric } from '../meta/insights.ts';

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

/** Meta's ids= lookup takes up to 50 ids a call. */
const IDS_PER_CALL = 50;

export function facebookMetrics(baseUrl: string): MetricsSource {
  return {
    async profile(session, { since, until }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      const pageId = session.account.remoteId;
      const page = await graph.value.get<{ followers_count?: number }>(pageId, { fields: 'followers_count' });
      if (page.kind !== 'ok') return page;
      const insights = await graph.value.get<GraphList<InsightMetric>>(`${pageId}/insights`, {
        metric: 'page_media_view,page_post_engagements,page_video_views',
        period: 'day',
        since: unixSeconds(since),
        until: unixSeconds(until),
      });
      if (insights.kind !== 'ok') return insights;
      const data = insights.value.data;
      return ok({
        followers: page.value.followers_count ?? null,
        impressions: insightValue(data, 'page_media_view'),
        engagements: insightValue(data, 'page_post_engagements'),
        clicks: null,
        videoViews: insightValue(data, 'page_video_views'),
      });
    },

    async posts(session, { remoteIds }) {
      const graph = graphFor(session, { baseUrl });
      if (graph.kind !== 'ok') return graph;
      const metrics: PostMetrics[] = [];
      for (let i = 0; i < remoteIds.length; i += IDS_PER_CALL) {
        const ids = remoteIds.slice(i, i + IDS_PER_CALL);
        const nodes = await graph.value.get<Record<string, PostNode>>('', { ids: ids.join(','), fields: POST_FIELDS });
        if (nodes.kind !== 'ok') return nodes;
        for (const id of ids) {
          const node = nodes.value[id];
          if (!node) continue;
          const insights = node.insights?.data;
          const likes = node.reactions?.summary?.total_count ?? null;
          const comments = node.comments?.summary?.total_count ?? null;
          const shares = node.shares?.count ?? 0;
          metrics.push({
            remoteId: id,
            followers: null,
            impressions: insightValue(insights, 'post_media_view'),
            engagements: sumKnown(likes, comments, shares),
            clicks: insightValue(insights, 'post_clicks'),
            videoViews: insightValue(insights, 'post_video_views'),
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
