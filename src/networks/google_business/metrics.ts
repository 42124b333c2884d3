import type { MetricsSource } from '../adapter.ts';
import { ok } from '../outcome.ts';
import { callBusiness, locationOf, type BusinessApi } from './client.ts';

interface MultiDailyMetrics {
  multiDailyMetricTimeSeries?: Array<{
    dailyMetricTimeSeries?: Array<{ dailyMetric?: string; timeSeries?: { datedValues?: Array<{ value?: string }> } }>;
  }>;
}

const IMPRESSIONS = ['BUSINESS_IMPRESSIONS_DESKTOP_MAPS', 'BUSINESS_IMPRESSIONS_DESKTOP_SEARCH', 'BUSINESS_IMPRESSIONS_MOBILE_MAPS', 'BUSINESS_IMPRESSIONS_MOBILE_SEARCH'];
/** Actions people took on the profile. */
const ACTIONS = ['CALL_CLICKS', 'WEBSITE_CLICKS', 'BUSINESS_DIRECTION_REQUESTS', 'BUSINESS_CONVERSATIONS', 'BUSINESS_BOOKINGS'];

/**
 * The Performance API's daily figures for the location over the period (fetchMultiDailyMetrics-
 * TimeSeries), summed: impressions on Search and Maps, clicks to the website, and every action as
 * engagement. Google reports no followers or video views for a location, and no figures per post
 * (the v4 post insights are retired), so posts() answers each post with unknowns.
 */
export function createBusinessMetrics(api: BusinessApi): MetricsSource {
  return {
    async profile(session, { since, until }) {
      const location = locationOf(session);
      if (location.kind !== 'ok') return location;
      const day = (d: Date, prefix: string) => ({
        [`${prefix}.year`]: String(d.getUTCFullYear()),
        [`${prefix}.month`]: String(d.getUTCMonth() + 1),
        [`${prefix}.day`]: String(d.getUTCDate()),
      });
      const fetched = await callBusiness<MultiDailyMetrics>(session, {
        url: `${api.performance}/v1/locations/${location.value.id}:fetchMultiDailyMetricsTimeSeries`,
        query: { dailyMetrics: [...IMPRESSIONS, ...ACTIONS], ...day(since, 'dailyRange.start_date'), ...day(until, 'dailyRange.end_date') },
        write: false,
      });
      if (fetched.kind !== 'ok') return fetched;
      const totals = new Map<string, number>();
      for (const multi of fetched.value.multiDailyMetricTimeSeries ?? []) {
        for (const series of multi.dailyMetricTimeSeries ?? []) {
          // A day without a value is a day with none of that metric.
          const sum = (series.timeSeries?.datedValues ?? []).reduce((n, v) => n + Number(v.value ?? 0), 0);
          totals.set(series.dailyMetric ?? '', (totals.get(series.dailyMetric ?? '') ?? 0) + sum);
        }
      }
      const sumOf = (metrics: string[]) => metrics.reduce((n, m) => n + (totals.get(m) ?? 0), 0);
      return ok({ followers: null, impressions: sumOf(IMPRESSIONS), engagements: sumOf(ACTIONS), clicks: sumOf(['WEBSITE_CLICKS']), videoViews: null });
    },

    async posts(_session, { remoteIds }) {
      return ok(remoteIds.map((remoteId) => ({ remoteId, followers: null, impressions: null, engagements: null, clicks: null, videoViews: null, likes: null, comments: null, shares: null })));
    },
  };
}
