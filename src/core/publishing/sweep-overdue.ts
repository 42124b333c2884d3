import { and, eq, inArray, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import { posts, postTargets, workspaces } from '../../db/schema.ts';
import { notify } from '../notifications/notify.ts';
import type { AppContext } from '../types.ts';
import { workspaceAdminIds } from '../workspaces/workspace-admins.ts';
import { PUBLISH_QUEUE, resendPublish } from './publish-queue.ts';

/** A target still waiting this long past its time is overdue: something stopped it. */
const OVERDUE_MS = 2 * 60_000;

/**
 * A publish job for the target that is still to run, or running: the target is not forgotten, only
 * waiting its turn. A job for another due instant (left behind by a reschedule) does not count.
 */
const pendingJob = sql`(select 1 from pgboss.job j
  where j.name = ${PUBLISH_QUEUE} and j.state in ('created', 'retry', 'active') and j.data->>'targetId' = ${postTargets.id}::text
  and (j.data->>'at' is null or (j.data->>'at')::timestamptz = ${posts.scheduledAt}))`;

/**
 * Nothing due is left silent: a target still unpublished two minutes after its time, held by no
 * worker and with no publish job waiting or running, gets a fresh publish job (publishing is
 * idempotent, so a spare job is harmless), and the post's author and the workspace's admins are
 * told once per post. A burst that takes a while to go out is therefore left to its own jobs.
 */
export async function sweepOverdue(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const overdue = await ctx.db
    .select({ id: postTargets.id, postId: postTargets.postId, workspaceId: postTargets.workspaceId, network: postTargets.network, authorId: posts.authorId, at: posts.scheduledAt })
    .from(postTargets)
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .innerJoin(workspaces, eq(workspaces.id, postTargets.workspaceId))
    .where(
      and(
        // A paused workspace's posts wait for its resume, which decides what becomes of them.
        isNull(workspaces.publishingPausedAt),
        inArray(postTargets.status, ['scheduled', 'publishing']),
        lt(posts.scheduledAt, new Date(now.getTime() - OVERDUE_MS)),
        or(isNull(postTargets.leaseUntil), lt(postTargets.leaseUntil, now)),
        notExists(pendingJob),
      ),
    );
  const admins = new Map<string, string[]>();
  const told = new Set<string>();
  for (const target of overdue) {
    await resendPublish(ctx, { targetId: target.id });
    if (told.has(target.postId)) continue;
    told.add(target.postId);
    let workspaceAdmins = admins.get(target.workspaceId);
    if (!workspaceAdmins) admins.set(target.workspaceId, (workspaceAdmins = await workspaceAdminIds(ctx.db, target.workspaceId)));
    await notify(ctx.db, {
      userIds: [...new Set([...workspaceAdmins, ...(target.authorId ? [target.authorId] : [])])],
      workspaceId: target.workspaceId,
      kind: 'post.overdue',
      params: { postId: target.postId, network: target.network, scheduledAt: target.at?.toISOString() ?? '' },
      dedupeKey: `post.overdue:${target.postId}`,
    });
  }
  return overdue.length;
}
