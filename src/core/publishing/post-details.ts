import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { campaigns, media, profiles } from '../../db/schema.ts';
import { AppError } from '../errors.ts';

const MAX_TAGS = 20;

/** Tags as kept: trimmed, without empties or repeats (regardless of case), at most 20. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag === '' || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    kept.push(tag);
  }
  if (kept.length > MAX_TAGS) {
    throw new AppError('validation_failed', `A post takes at most ${MAX_TAGS} tags.`, { problems: [{ field: 'body.tags', message: `at most ${MAX_TAGS} tags, got ${kept.length}` }] });
  }
  return kept;
}

/** Refuses media and a campaign that are not this workspace's, naming each one. */
export async function checkPostReferences(db: Db | Tx, workspaceId: string, input: { mediaIds: readonly string[]; campaignId?: string | null | undefined }): Promise<void> {
  const problems: Array<{ field: string; message: string }> = [];
  const wanted = [...new Set(input.mediaIds)];
  if (wanted.length > 0) {
    const found = await db.select({ id: media.id }).from(media).where(and(eq(media.workspaceId, workspaceId), inArray(media.id, wanted)));
    for (const id of wanted) if (!found.some((m) => m.id === id)) problems.push({ field: 'body.mediaIds', message: `${id} is not in this workspace's media library` });
  }
  if (input.campaignId) {
    const [found] = await db.select({ id: campaigns.id }).from(campaigns).where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, input.campaignId)));
    if (!found) problems.push({ field: 'body.campaignId', message: `${input.campaignId} is not a campaign of this workspace` });
  }
  if (problems.length > 0) throw new AppError('validation_failed', 'Choose media and a campaign of this workspace.', { problems });
}

/** The chosen profiles, each of which must be this workspace's. */
export async function findProfiles(db: Db | Tx, workspaceId: string, profileIds: readonly string[]): Promise<Array<{ id: string; network: string }>> {
  const chosen = [...new Set(profileIds)];
  const rows = chosen.length === 0 ? [] : await db.select({ id: profiles.id, network: profiles.network }).from(profiles).where(and(eq(profiles.workspaceId, workspaceId), inArray(profiles.id, chosen)));
  if (rows.length !== chosen.length) {
    throw new AppError('validation_failed', 'Choose profiles of this workspace.', {
      problems: chosen.filter((id) => !rows.some((r) => r.id === id)).map((id) => ({ field: 'body.profileIds', message: `${id} is not a profile here` })),
    });
  }
  return rows;
}
