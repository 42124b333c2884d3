import { eq } from 'drizzle-orm';
import { postTargets } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { lockPost } from './lock-post.ts';
import { resendPublish } from './publish-queue.ts';

/**
 * Tries a failed target again, now: it goes back to scheduled with its job enqueued in the same
 * transaction. The ledger keeps what already went out (a thread's first parts), so only the rest is
 * published. The post keeps showing its failure until the target publishes.
 */
export async function retryTarget(ctx: WorkspaceContext, input: { postId: string; targetId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { post, targets } = await lockPost(tx, ctx, input.postId);
    const target = targets.find((t) => t.id === input.targetId);
    if (!target) throw notFound('The target');
    if (target.status !== 'failed') throw new AppError('conflict', `Only a failed target can be tried again; this one is ${target.status}.`);
    if (!target.profileId) throw new AppError('conflict', 'Its profile was removed: connect it again and write a new post.');
    await tx.update(postTargets).set({ status: 'scheduled', failureReason: null, leaseOwner: null, leaseUntil: null }).where(eq(postTargets.id, target.id));
    await resendPublish(ctx, { targetId: target.id, tx });
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'post.target_retried',
      targetType: 'post',
      targetId: post.id,
      details: { targetId: target.id, network: target.network, reason: target.failureReason },
    });
  });
}
