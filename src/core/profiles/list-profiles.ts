import { asc, eq, inArray } from 'drizzle-orm';
import { profileMembers, profiles } from '../../db/schema.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';
import { toProfileView, type ProfileView } from './profile-view.ts';

/**
 * The workspace's profiles. Managers see them all; others see the ones open to everyone and the
 * restricted ones they were given.
 */
export async function listProfiles(ctx: WorkspaceContext): Promise<ProfileView[]> {
  const rows = await ctx.db.select().from(profiles).where(eq(profiles.workspaceId, ctx.workspace.id)).orderBy(asc(profiles.network), asc(profiles.handle));
  const members = rows.length
    ? await ctx.db.select().from(profileMembers).where(inArray(profileMembers.profileId, rows.map((r) => r.id)))
    : [];
  const byProfile = new Map<string, string[]>();
  for (const m of members) byProfile.set(m.profileId, [...(byProfile.get(m.profileId) ?? []), m.userId]);
  const seesAll = can(ctx.workspace.role, 'profiles.manage');
  return rows
    .map((r) => toProfileView(r, byProfile.get(r.id) ?? [], ctx.now()))
    .filter((p) => seesAll || p.access === 'all' || p.memberIds.includes(ctx.actor.userId));
}
