import { and, eq } from 'drizzle-orm';
import { profileMembers, profiles } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, notFound } from '../errors.ts';
import { listMembers } from '../members/list-members.ts';
import type { WorkspaceContext } from '../types.ts';

/** Opens a profile to every member who may post, or restricts it to the listed members. */
export async function setProfileAccess(
  ctx: WorkspaceContext,
  input: { profileId: string; access: 'all' | 'restricted'; userIds: string[] },
): Promise<void> {
  const members = new Set((await listMembers(ctx)).map((m) => m.userId));
  const strangers = input.userIds.filter((id) => !members.has(id));
  if (strangers.length) {
    throw new AppError('validation_failed', 'Only members of this workspace can be given a profile.', {
      problems: strangers.map((id) => ({ field: 'body.userIds', message: `${id} is not a member` })),
    });
  }
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(profiles)
      .set({ access: input.access })
      .where(and(eq(profiles.id, input.profileId), eq(profiles.workspaceId, ctx.workspace.id)))
      .returning({ id: profiles.id });
    if (updated.length === 0) throw notFound('The profile');
    await tx.delete(profileMembers).where(eq(profileMembers.profileId, input.profileId));
    const userIds = input.access === 'restricted' ? [...new Set(input.userIds)] : [];
    if (userIds.length) await tx.insert(profileMembers).values(userIds.map((userId) => ({ profileId: input.profileId, userId })));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'profile.access_changed',
      targetType: 'profile',
      targetId: input.profileId,
      details: { access: input.access, userIds },
    });
  });
}
