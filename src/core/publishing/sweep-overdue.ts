import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { posts, postTargets } from '../../db/schema.ts';
import { notify } from '../notifications/notify.ts';
import type { AppContext } from '../types.ts';
import { workspaceAdminIds } from '../workspaces/workspace-admins.ts';
import { enqueuePublish } from './publish-queue.ts';

/** A target still waiting this long past its time is overdue: something stopped it. */
const OVERDUE_MS = 2 * 60_000;

/**
 * Nothing due is left silent: a target still unpublished two minutes after its time, and held by
 * no worker, gets a fresh publish job (publishing is idempotent, so a spare job is harmless), and
 * the post's author and the workspace's admins are told once.
 */
export async function sweepOverdue(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const overdue = await ctx.db
    .select({ id: postTargets.id, postId: postTargets.postId, workspaceId: postTargets.workspaceId, network: postTargets.network, authorId: posts.authorId, at: posts.scheduledAt })
    .from(postTargets)
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .where(
      and(
        inArray(postTargets.status, ['scheduled', 'publishing']),
        lt(posts.scheduledAt, new Date(now.getTime() - OVERDUE_MS)),
        or(isNull(postTargets.leaseUntil), lt(postTargets.leaseUntil, now)),
      ),
    );
  for (const target of overdue) {
    await enqueuePublish(ctx, { targetId: target.id, at: now });
    const admins = await workspaceAdminIds(ctx.db, target.workspaceId);
    await notify(ctx.db, {
      userIds: [...new Set([...admins, ...(target.authorId ? [target.authorId] : [])])],
      workspaceId: target.workspaceId,
      kind: 'post.overdue',
      params: { postId: target.postId, network: target.network, scheduledAt: target.at?.toISOString() ?? '' },
      dedupeKey: `post.overdue:${target.id}`,
    });
  }
  return overdue.length;
}
