import { and, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { posts, postTargets } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { postViews, type PostView } from './post-view.ts';

export interface ListPostsInput {
  from?: Date | undefined;
  to?: Date | undefined;
  status?: PostView['status'] | undefined;
  profileId?: string | undefined;
  limit: number;
}

/** The workspace's posts, by scheduled time, filtered the way the calendar and the API ask. */
export async function listPosts(ctx: WorkspaceContext, input: ListPostsInput): Promise<PostView[]> {
  const filters: SQL[] = [eq(posts.workspaceId, ctx.workspace.id)];
  if (input.from) filters.push(gte(posts.scheduledAt, input.from));
  if (input.to) filters.push(lt(posts.scheduledAt, input.to));
  if (input.status) filters.push(eq(posts.status, input.status));
  if (input.profileId) {
    const withProfile = ctx.db.select({ id: postTargets.postId }).from(postTargets).where(eq(postTargets.profileId, input.profileId));
    filters.push(inArray(posts.id, withProfile));
  }
  const rows = await ctx.db
    .select()
    .from(posts)
    .where(and(...filters))
    .orderBy(asc(posts.scheduledAt), asc(posts.createdAt))
    .limit(input.limit);
  return postViews(ctx.db, rows);
}
