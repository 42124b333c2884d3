import { and, eq } from 'drizzle-orm';
import { posts } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

export type PostRow = typeof posts.$inferSelect;

/** One post of the caller's workspace, or not found. */
export async function loadPost(ctx: WorkspaceContext, postId: string): Promise<PostRow> {
  const [post] = await ctx.db.select().from(posts).where(and(eq(posts.id, postId), eq(posts.workspaceId, ctx.workspace.id)));
  if (!post) throw notFound('The post');
  return post;
}
