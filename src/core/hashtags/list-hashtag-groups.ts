import { asc, eq } from 'drizzle-orm';
import { hashtagGroups } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { hashtagGroupView, type HashtagGroupView } from './hashtag-group-view.ts';

export async function listHashtagGroups(ctx: WorkspaceContext): Promise<HashtagGroupView[]> {
  const rows = await ctx.db.select().from(hashtagGroups).where(eq(hashtagGroups.workspaceId, ctx.workspace.id)).orderBy(asc(hashtagGroups.name));
  return rows.map(hashtagGroupView);
}
