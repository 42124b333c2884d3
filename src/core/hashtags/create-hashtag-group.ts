import { hashtagGroups } from '../../db/schema.ts';
import { uniqueName } from '../campaigns/name-taken.ts';
import type { WorkspaceContext } from '../types.ts';
import { hashtagGroupView, type HashtagGroupView } from './hashtag-group-view.ts';
import { normalizeHashtags } from './normalize-hashtags.ts';

export async function createHashtagGroup(ctx: WorkspaceContext, input: { name: string; hashtags: string[] }): Promise<HashtagGroupView> {
  const values = { workspaceId: ctx.workspace.id, name: input.name, hashtags: normalizeHashtags(input.hashtags) };
  const [row] = await uniqueName('A hashtag group', input.name, () => ctx.db.insert(hashtagGroups).values(values).returning());
  return hashtagGroupView(row!);
}
