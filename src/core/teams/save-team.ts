import { and, eq, ne } from 'drizzle-orm';
import { teamMembers, teams } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, notFound } from '../errors.ts';
import { listMembers } from '../members/list-members.ts';
import type { WorkspaceContext } from '../types.ts';
import { findTeam, type TeamView } from './list-teams.ts';

/**
 * Makes a team of the workspace's own (teamId absent), or changes one: its members, and a custom
 * team's name. Members must belong to the workspace; names are unique in it.
 */
export async function saveTeam(ctx: WorkspaceContext, input: { teamId?: string; name?: string | undefined; memberIds?: string[] | undefined }): Promise<TeamView> {
  const known = new Set((await listMembers(ctx)).map((m) => m.userId));
  const strangers = (input.memberIds ?? []).filter((id) => !known.has(id));
  if (strangers.length) {
    throw new AppError('validation_failed', 'Only members of this workspace can be in its teams.', { problems: strangers.map(() => ({ field: 'body.memberIds', message: 'is not a member of this workspace' })) });
  }
  const existing = input.teamId ? await findTeam(ctx, input.teamId) : undefined;
  if (input.teamId && !existing) throw notFound('The team');
  if (existing && existing.kind !== 'custom' && input.name !== undefined) {
    throw new AppError('validation_failed', 'Customer care and sales keep their names.', { problems: [{ field: 'body.name', message: 'cannot be changed for this team' }] });
  }
  if (!existing && !input.name) throw new AppError('validation_failed', 'A new team needs a name.', { problems: [{ field: 'body.name', message: 'is required' }] });
  const id = await ctx.db.transaction(async (tx) => {
    if (input.name !== undefined) {
      const [clash] = await tx
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.workspaceId, ctx.workspace.id), eq(teams.name, input.name), ...(existing ? [ne(teams.id, existing.id)] : [])));
      if (clash) throw new AppError('conflict', `There is already a team called ${input.name}.`);
    }
    let teamId = existing?.id;
    if (!teamId) {
      const [row] = await tx.insert(teams).values({ workspaceId: ctx.workspace.id, kind: 'custom', name: input.name! }).returning({ id: teams.id });
      teamId = row!.id;
    } else if (input.name !== undefined) {
      await tx.update(teams).set({ name: input.name }).where(eq(teams.id, teamId));
    }
    if (input.memberIds) {
      await tx.delete(teamMembers).where(eq(teamMembers.teamId, teamId));
      const ids = [...new Set(input.memberIds)];
      if (ids.length) await tx.insert(teamMembers).values(ids.map((userId) => ({ teamId: teamId!, userId })));
    }
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: existing ? 'team.updated' : 'team.created',
      targetType: 'team',
      targetId: teamId,
      details: { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.memberIds ? { memberIds: input.memberIds } : {}) },
    });
    return teamId;
  });
  return (await findTeam(ctx, id))!;
}

/** Removes one of the workspace's own teams; its items stay, given to nobody's team. */
export async function deleteTeam(ctx: WorkspaceContext, teamId: string): Promise<void> {
  const team = await findTeam(ctx, teamId);
  if (!team) throw notFound('The team');
  if (team.kind !== 'custom') throw new AppError('conflict', 'Customer care and sales are part of every workspace and cannot be removed.');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(teams).where(eq(teams.id, teamId));
    await recordAudit(tx, { organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, actorId: ctx.actor.userId, action: 'team.deleted', targetType: 'team', targetId: teamId });
  });
}
