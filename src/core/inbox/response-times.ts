import { and, eq, gte, lt } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { businessMsBetween } from './business-time.ts';
import { inboxClockOf, toInboxItemView } from './inbox-item-view.ts';

export interface ResponseFigures {
  items: number;
  answered: number;
  completed: number;
  /** Medians, in seconds within business hours; null when nothing was answered (or completed). */
  medianFirstResponseSeconds: number | null;
  medianCompleteSeconds: number | null;
  slaMet: number;
  slaBreached: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function figuresOf(rows: Array<{ first: number | null; complete: number | null; sla: 'met' | 'breached' | 'near' | 'ok' | null }>): ResponseFigures {
  const first = rows.flatMap((r) => (r.first === null ? [] : [r.first]));
  const complete = rows.flatMap((r) => (r.complete === null ? [] : [r.complete]));
  return {
    items: rows.length,
    answered: first.length,
    completed: complete.length,
    medianFirstResponseSeconds: median(first),
    medianCompleteSeconds: median(complete),
    slaMet: rows.filter((r) => r.sla === 'met').length,
    slaBreached: rows.filter((r) => r.sla === 'breached').length,
  };
}

/**
 * Time to first response and to completion, counted within business hours, for the items that
 * arrived in a period: for the workspace, each member (by who owns the item) and each team.
 */
export async function inboxResponseTimes(ctx: WorkspaceContext, period: { from: Date; to: Date }) {
  const clock = await inboxClockOf(ctx);
  const rows = await ctx.db
    .select()
    .from(inboxItems)
    .where(and(eq(inboxItems.workspaceId, ctx.workspace.id), gte(inboxItems.receivedAt, period.from), lt(inboxItems.receivedAt, period.to)));
  const measured = rows.map((r) => {
    const view = toInboxItemView(r, clock);
    return { assigneeId: r.assigneeId, teamId: r.teamId, first: view.firstResponseSeconds, complete: view.completeSeconds, sla: view.sla?.state ?? null };
  });
  const groupBy = (key: 'assigneeId' | 'teamId') => {
    const groups = new Map<string, typeof measured>();
    for (const m of measured) {
      const k = m[key];
      if (!k) continue;
      const group = groups.get(k);
      if (group) group.push(m);
      else groups.set(k, [m]);
    }
    return [...groups].map(([id, list]) => ({ id, ...figuresOf(list) }));
  };
  return {
    overall: figuresOf(measured),
    members: groupBy('assigneeId').map(({ id, ...f }) => ({ userId: id, ...f })),
    teams: groupBy('teamId').map(({ id, ...f }) => ({ teamId: id, ...f })),
    businessHours: clock.settings.businessHours !== null,
    periodBusinessSeconds: Math.round(businessMsBetween(clock.settings.businessHours, clock.zone, period.from, period.to) / 1000),
  };
}
