import { and, eq } from 'drizzle-orm';
import { workspaceMembers } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors.ts';
import type { Role } from '../policies/roles.ts';
import type { WorkspaceContext } from '../types.ts';
import { assertMayGrant } from './assert-may-grant.ts';

export async function removeMember(ctx: WorkspaceContext, input: { userId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, ctx.workspace.id), eq(workspaceMembers.userId, input.userId)))
      .returning({ role: workspaceMembers.role });
    if (!removed) throw notFound('The member');
    assertMayGrant(ctx, removed.role as Role);
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'member.removed',
      targetType: 'user',
      targetId: input.userId,
      details: { role: removed.role },
    });
  });
}
