import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { posts, postTargets } from '../../db/schema.ts';
import { can } from '../policies/permissions.ts';
import { forbidden, notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

export type PostRow = typeof posts.$inferSelect;
export type TargetRow = typeof postTargets.$inferSelect;

/**
 * Reads a post of this workspace and its targets, locked for the rest of the transaction so a
 * worker cannot take a target while the post changes. Only its author or an approver gets it.
 */
export async function lockPost(tx: Tx, ctx: WorkspaceContext, postId: string): Promise<{ post: PostRow; targets: TargetRow[] }> {
  const [post] = await tx
    .select()
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.workspaceId, ctx.workspace.id)))
    .for('update');
  if (!post) throw notFound('The post');
  if (post.authorId !== ctx.actor.userId && !can(ctx.workspace.role, 'posts.approve')) {
    throw forbidden('Only the post’s author or an approver may change it.');
  }
  const targets = await tx.select().from(postTargets).where(eq(postTargets.postId, post.id)).orderBy(asc(postTargets.network)).for('update');
  return { post, targets };
}
