import { and, eq } from 'drizzle-orm';
import { hashtagGroups } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

export async function deleteHashtagGroup(ctx: WorkspaceContext, input: { hashtagGroupId: string }): Promise<void> {
  const deleted = await ctx.db
    .delete(hashtagGroups)
    .where(and(eq(hashtagGroups.id, input.hashtagGroupId), eq(hashtagGroups.workspaceId, ctx.workspace.id)))
    .returning({ id: hashtagGroups.id });
  if (deleted.length === 0) throw notFound('The hashtag group');
}
