import { and, eq } from 'drizzle-orm';
import { hashtagGroups } from '../../db/schema.ts';
import { uniqueName } from '../campaigns/name-taken.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { hashtagGroupView, type HashtagGroupView } from './hashtag-group-view.ts';
import { normalizeHashtags } from './normalize-hashtags.ts';

export async function updateHashtagGroup(ctx: WorkspaceContext, input: { hashtagGroupId: string; name?: string; hashtags?: string[] }): Promise<HashtagGroupView> {
  const changes = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.hashtags !== undefined && { hashtags: normalizeHashtags(input.hashtags) }),
  };
  const where = and(eq(hashtagGroups.id, input.hashtagGroupId), eq(hashtagGroups.workspaceId, ctx.workspace.id));
  const [row] =
    Object.keys(changes).length === 0
      ? await ctx.db.select().from(hashtagGroups).where(where)
      : await uniqueName('A hashtag group', input.name ?? '', () => ctx.db.update(hashtagGroups).set(changes).where(where).returning());
  if (!row) throw notFound('The hashtag group');
  return hashtagGroupView(row);
}
