import { and, asc, count, eq, exists, inArray, lt, lte } from 'drizzle-orm';
import { posts, postTargets, users, workspaces } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { postViews, type PostView } from './post-view.ts';

/** A target still waiting this long past its time, while nothing is paused, is stuck. */
const STUCK_AFTER_MS = 2 * 60_000;
const STUCK_SHOWN = 50;

export interface PublishingState {
  paused: { at: Date; by: { id: string; name: string } | null; reason: string } | null;
  /** While paused: scheduled posts whose time has passed, waiting for the resume's choice. */
  overdue: number;
  /** While not paused: posts with a target still waiting two minutes or more past its time. */
  stuck: PostView[];
}

export async function getPublishingState(ctx: WorkspaceContext): Promise<PublishingState> {
  const now = ctx.now();
  const [ws] = await ctx.db
    .select({ at: workspaces.publishingPausedAt, reason: workspaces.publishingPauseReason, byId: users.id, byName: users.name })
    .from(workspaces)
    .leftJoin(users, eq(users.id, workspaces.publishingPausedBy))
    .where(eq(workspaces.id, ctx.workspace.id));
  if (ws?.at) {
    const [overdue] = await ctx.db
      .select({ n: count() })
      .from(posts)
      .where(and(eq(posts.workspaceId, ctx.workspace.id), eq(posts.status, 'scheduled'), lte(posts.scheduledAt, now)));
    return { paused: { at: ws.at, by: ws.byId ? { id: ws.byId, name: ws.byName ?? '' } : null, reason: ws.reason ?? '' }, overdue: overdue?.n ?? 0, stuck: [] };
  }
  const waiting = ctx.db
    .select({ one: postTargets.id })
    .from(postTargets)
    .where(and(eq(postTargets.postId, posts.id), eq(postTargets.status, 'scheduled')));
  const stuck = await ctx.db
    .select()
    .from(posts)
    .where(and(eq(posts.workspaceId, ctx.workspace.id), inArray(posts.status, ['scheduled', 'publishing']), lt(posts.scheduledAt, new Date(now.getTime() - STUCK_AFTER_MS)), exists(waiting)))
    .orderBy(asc(posts.scheduledAt))
    .limit(STUCK_SHOWN);
  return { paused: null, overdue: 0, stuck: await postViews(ctx.db, stuck) };
}
