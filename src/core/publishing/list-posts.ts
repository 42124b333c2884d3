import { and, arrayContains, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { posts, postTargets } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { postViews, type PostView } from './post-view.ts';

export interface ListPostsInput {
  from?: Date | undefined;
  to?: Date | undefined;
  status?: PostView['status'] | undefined;
  profileId?: string | undefined;
  network?: string | undefined;
  tag?: string | undefined;
  campaignId?: string | undefined;
  authorId?: string | undefined;
  limit: number;
}

/** The workspace's posts, by scheduled time, filtered the way the calendar and the API ask. */
export async function listPosts(ctx: WorkspaceContext, input: ListPostsInput): Promise<PostView[]> {
  const filters: SQL[] = [eq(posts.workspaceId, ctx.workspace.id)];
  if (input.from) filters.push(gte(posts.scheduledAt, input.from));
  if (input.to) filters.push(lt(posts.scheduledAt, input.to));
  if (input.status) filters.push(eq(posts.status, input.status));
  if (input.tag) filters.push(arrayContains(posts.tags, [input.tag]));
  if (input.campaignId) filters.push(eq(posts.campaignId, input.campaignId));
  if (input.authorId) filters.push(eq(posts.authorId, input.authorId));
  const byTarget: SQL[] = [];
  if (input.profileId) byTarget.push(eq(postTargets.profileId, input.profileId));
  if (input.network) byTarget.push(eq(postTargets.network, input.network));
  if (byTarget.length > 0) {
    filters.push(inArray(posts.id, ctx.db.select({ id: postTargets.postId }).from(postTargets).where(and(eq(postTargets.workspaceId, ctx.workspace.id), ...byTarget))));
  }
  const rows = await ctx.db
    .select()
    .from(posts)
    .where(and(...filters))
    .orderBy(asc(posts.scheduledAt), asc(posts.createdAt))
    .limit(input.limit);
  return postViews(ctx.db, rows);
}
