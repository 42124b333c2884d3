import type { MetricsSource, PostMetrics } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { unixSeconds, type GraphList } from '../meta/graph-api.ts';
import { insightValue, sumKnown, type InsightMetric } from '../meta/insights.ts';
import { threadsGraph, type ThreadsOptions } from './publish.ts';

/**
 * Profile and post insights (Meta docs: "Threads API › Insights"). `views` comes as a daily
 * series, the others as totals; `clicks` as a total per link; `followers_count` takes no time range,
 * so it is read on its own.
 */
const ENGAGEMENT = ['likes', 'replies', 'reposts', 'quotes'] as const;

export function threadsMetrics(opts: ThreadsOptions): MetricsSource {
  return {
    async profile(session, { since, until }) {
      const graph = threadsGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      const path = `${session.account.remoteId}/threads_insights`;
      const followers = await graph.value.get<GraphList<InsightMetric>>(path, { metric: 'followers_count' });
      if (followers.kind !== 'ok') return followers;
      const insights = await graph.value.get<GraphList<InsightMetric>>(path, {
        metric: ['views', ...ENGAGEMENT, 'clicks'].join(','),
        since: unixSeconds(since),
        until: unixSeconds(until),
      });
      if (insights.kind !== 'ok') return insights;
      const data = insights.value.data;
      return ok({
        followers: insightValue(followers.value.data, 'followers_count'),
        impressions: insightValue(data, 'views'),
        engagements: sumKnown(...ENGAGEMENT.map((name) => insightValue(data, name))),
        clicks: insightValue(data, 'clicks'),
        videoViews: null,
      });
    },

    /** Threads has no batch lookup for insights, so posts are read one by one. */
    async posts(session, { remoteIds }) {
      const graph = threadsGraph(session, opts.baseUrl);
      if (graph.kind !== 'ok') return graph;
      const metrics: PostMetrics[] = [];
      for (const remoteId of remoteIds) {
        const insights = await graph.value.get<GraphList<InsightMetric>>(`${remoteId}/insights`, { metric: ['views', ...ENGAGEMENT, 'shares'].join(',') });
        if (insights.kind !== 'ok') return insights;
        const data = insights.value.data;
        const likes = insightValue(data, 'likes');
        const comments = insightValue(data, 'replies');
        const shares = sumKnown(insightValue(data, 'reposts'), insightValue(data, 'quotes'), insightValue(data, 'shares'));
        metrics.push({
          remoteId,
          followers: null,
          impressions: insightValue(data, 'views'),
          engagements: sumKnown(likes, comments, shares),
          clicks: null,
          videoViews: null,
          likes,
          comments,
          shares,
        });
      }
      return ok(metrics);
    },
  };
}
