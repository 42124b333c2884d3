import { ok, type Outcome } from '../outcome.ts';
import type { GraphClient, GraphList, GraphParams } from './graph-api.ts';

/**
 * Insights as Meta's networks answer them (Meta docs: "Page Insights", "IG User Insights", "IG Media
 * Insights", "Threads Insights"): `{ data: [{ name, period, values: [{ value, end_time }] }] }` for
 * daily series and `{ name, total_value: { value } }` for totals. A value may also be a breakdown
 * object, which counts as the sum of its parts, and Threads gives link clicks per link.
 */
export interface InsightMetric {
  name: string;
  period?: string;
  values?: Array<{ value?: number | Record<string, number>; end_time?: string }>;
  total_value?: { value?: number };
  /** Threads' `clicks`: one total per link. */
  link_total_values?: Array<{ value?: number; link_url?: string }>;
}

function amount(value: number | Record<string, number> | undefined): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object') return Object.values(value).reduce((a, b) => a + (typeof b === 'number' ? b : 0), 0);
  return 0;
}

/** The metric's total over the period asked for, or null when the network did not send it. */
export function insightValue(metrics: InsightMetric[] | undefined, name: string): number | null {
  const metric = metrics?.find((m) => m.name === name);
  if (!metric) return null;
  if (metric.total_value?.value !== undefined) return metric.total_value.value;
  if (metric.link_total_values) return metric.link_total_values.reduce((sum, v) => sum + (v.value ?? 0), 0);
  if (!metric.values || metric.values.length === 0) return null;
  return metric.values.reduce((sum, v) => sum + amount(v.value), 0);
}

/** a + b + …, null only when every part is unknown. */
export function sumKnown(...parts: Array<number | null>): number | null {
  const known = parts.filter((p): p is number => p !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** A Page's or an Instagram account's followers, and its insights edge read with the query given. */
export async function accountInsights(graph: GraphClient, accountId: string, query: GraphParams): Promise<Outcome<{ followers: number | null; metrics: InsightMetric[] }>> {
  const account = await graph.get<{ followers_count?: number }>(accountId, { fields: 'followers_count' });
  if (account.kind !== 'ok') return account;
  const insights = await graph.get<GraphList<InsightMetric>>(`${accountId}/insights`, query);
  if (insights.kind !== 'ok') return insights;
  return ok({ followers: account.value.followers_count ?? null, metrics: insights.value.data });
}
