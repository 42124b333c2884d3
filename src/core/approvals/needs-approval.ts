import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema.ts';
import { can } from '../policies/permissions.ts';
import type { Role } from '../policies/roles.ts';
import type { WorkspaceContext } from '../types.ts';

/** Whether a role's posts must be approved here: always without `posts.publish_unapproved`, else where the workspace asks. */
export function roleNeedsApproval(role: Role, approvalRoles: readonly string[]): boolean {
  return !can(role, 'posts.publish_unapproved') || approvalRoles.includes(role);
}

/** Whether the caller's posts must be approved before they are scheduled. */
export async function needsApproval(ctx: WorkspaceContext): Promise<boolean> {
  if (!can(ctx.workspace.role, 'posts.publish_unapproved')) return true;
  const [ws] = await ctx.db.select({ approvalRoles: workspaces.approvalRoles }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  return roleNeedsApproval(ctx.workspace.role, ws?.approvalRoles ?? []);
}
