import { and, eq } from 'drizzle-orm';
import { posts } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { postViews, type PostView } from './post-view.ts';

export async function getPost(ctx: WorkspaceContext, input: { postId: string }): Promise<PostView> {
  const rows = await ctx.db.select().from(posts).where(and(eq(posts.id, input.postId), eq(posts.workspaceId, ctx.workspace.id)));
  const [view] = await postViews(ctx.db, rows);
  if (!view) throw notFound('The post');
  return view;
}
