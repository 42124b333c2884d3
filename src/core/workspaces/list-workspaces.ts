import { and, asc, eq } from 'drizzle-orm';
import { workspaceMembers, workspaces } from '../../db/schema.ts';
import { effectiveRole, type Role } from '../policies/roles.ts';
import type { ActorContext } from '../types.ts';

export interface WorkspaceSummary {
  id: string;
  name: string;
  timezone: string;
  locale: string;
  role: Role;
}

/** The workspaces the actor may enter: all of the organization's for owners and admins, else their memberships. */
export async function listWorkspaces(ctx: ActorContext): Promise<WorkspaceSummary[]> {
  const rows = await ctx.db
    .select({
      id: workspaces.id,
      name: workspaces.name,
      timezone: workspaces.timezone,
      locale: workspaces.locale,
      memberRole: workspaceMembers.role,
    })
    .from(workspaces)
    .leftJoin(
      workspaceMembers,
      and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, ctx.actor.userId)),
    )
    .where(eq(workspaces.organizationId, ctx.actor.organizationId))
    .orderBy(asc(workspaces.name), asc(workspaces.id));
  const result: WorkspaceSummary[] = [];
  for (const { memberRole, ...w } of rows) {
    const role = effectiveRole(ctx.actor.orgRole, memberRole as Role | null);
    if (role) result.push({ ...w, role });
  }
  return result;
}
