import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema.ts';
import { isRole, type Role } from '../policies/roles.ts';
import type { WorkspaceContext } from '../types.ts';

export interface ApprovalSettings {
  /** Roles whose posts need approval although their role could publish without it. */
  approvalRoles: Role[];
}

export async function getApprovalSettings(ctx: WorkspaceContext): Promise<ApprovalSettings> {
  const [row] = await ctx.db.select({ approvalRoles: workspaces.approvalRoles }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  return { approvalRoles: (row?.approvalRoles ?? []).filter(isRole) };
}
