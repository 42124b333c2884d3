import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { roles } from '../policies/roles.ts';
import type { WorkspaceContext } from '../types.ts';
import type { ApprovalSettings } from './get-approval-settings.ts';

/** Sets which roles' posts need approval; kept in the product's role order, each once. */
export async function updateApprovalSettings(ctx: WorkspaceContext, input: ApprovalSettings): Promise<ApprovalSettings> {
  const approvalRoles = roles.filter((r) => input.approvalRoles.includes(r));
  await ctx.db.transaction(async (tx) => {
    await tx.update(workspaces).set({ approvalRoles }).where(eq(workspaces.id, ctx.workspace.id));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'approval_settings.updated',
      targetType: 'workspace',
      targetId: ctx.workspace.id,
      details: { approvalRoles },
    });
  });
  return { approvalRoles };
}
