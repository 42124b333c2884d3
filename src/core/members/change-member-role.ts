import { and, eq } from 'drizzle-orm';
import { workspaceMembers } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, notFound } from '../errors.ts';
import type { Role } from '../policies/roles.ts';
import type { WorkspaceContext } from '../types.ts';
import { assertMayGrant } from './assert-may-grant.ts';

export async function changeMemberRole(ctx: WorkspaceContext, input: { userId: string; role: Role }): Promise<void> {
  assertMayGrant(ctx, input.role);
  if (input.userId === ctx.actor.userId) {
    throw new AppError('conflict', 'You cannot change your own role. Ask another admin.');
  }
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: workspaceMembers.role })
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, ctx.workspace.id), eq(workspaceMembers.userId, input.userId)));
    if (!current) throw notFound('The member (organization owners and admins get their role from the organization)');
    assertMayGrant(ctx, current.role as Role);
    await tx
      .update(workspaceMembers)
      .set({ role: input.role })
      .where(and(eq(workspaceMembers.workspaceId, ctx.workspace.id), eq(workspaceMembers.userId, input.userId)));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'member.role_changed',
      targetType: 'user',
      targetId: input.userId,
      details: { from: current.role, to: input.role },
    });
  });
}
