import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { posts } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

/** The post's author, or not_found when the post is not in the caller's workspace. */
export async function findPostInWorkspace(ctx: WorkspaceContext, postId: string, db: Db | Tx = ctx.db): Promise<{ id: string; authorId: string | null }> {
  const [post] = await db
    .select({ id: posts.id, authorId: posts.authorId })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.workspaceId, ctx.workspace.id)));
  if (!post) throw notFound('The post');
  return post;
}
