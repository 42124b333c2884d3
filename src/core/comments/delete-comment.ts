import { and, eq } from 'drizzle-orm';
import { postComments } from '../../db/schema.ts';
import { forbidden, notFound } from '../errors.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';

/** Its author may remove a comment, and so may whoever may approve posts. */
export async function deleteComment(ctx: WorkspaceContext, input: { postId: string; commentId: string }): Promise<void> {
  const where = and(eq(postComments.id, input.commentId), eq(postComments.postId, input.postId), eq(postComments.workspaceId, ctx.workspace.id));
  const [comment] = await ctx.db.select({ authorId: postComments.authorId }).from(postComments).where(where);
  if (!comment) throw notFound('The comment');
  if (comment.authorId !== ctx.actor.userId && !can(ctx.workspace.role, 'posts.approve')) throw forbidden('Only its author or someone who approves posts may remove a comment.');
  await ctx.db.delete(postComments).where(where);
}
