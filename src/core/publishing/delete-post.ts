import { eq } from 'drizzle-orm';
import { posts } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { lockPost } from './lock-post.ts';

/**
 * Deletes a post that has not gone out. Its targets go with it, so a publish job still queued for
 * one finds nothing to do. What is published, or being published, stays on record.
 */
export async function deletePost(ctx: WorkspaceContext, input: { postId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { post, targets } = await lockPost(tx, ctx, input.postId);
    if (targets.some((t) => t.status === 'publishing' || t.status === 'published')) {
      throw new AppError('conflict', 'This post is published or being published, and published posts stay on record.');
    }
    await tx.delete(posts).where(eq(posts.id, post.id));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'post.deleted',
      targetType: 'post',
      targetId: post.id,
      details: { status: post.status, text: post.text.slice(0, 200) },
    });
  });
}
