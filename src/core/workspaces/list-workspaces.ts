import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/prepared.ts';
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

const visibleWorkspaces = (db: Db) =>
  db
    .select({
      id: workspaces.id,
      name: workspaces.name,
      timezone: workspaces.timezone,
      locale: workspaces.locale,
      memberRole: workspaceMembers.role,
    })
    .from(workspaces)
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, sql.placeholder('userId'))))
    .where(eq(workspaces.organizationId, sql.placeholder('organizationId')))
    .orderBy(asc(workspaces.name), asc(workspaces.id))
    .prepare('list_workspaces');

/** The workspaces the actor may enter: all of the organization's for owners and admins, else their memberships. */
export async function listWorkspaces(ctx: ActorContext): Promise<WorkspaceSummary[]> {
  const rows = await ctx.authCache.remember(`workspaces:${ctx.actor.userId}:${ctx.actor.organizationId}`, ctx.now().getTime(), () =>
    prepared(ctx.db, 'list_workspaces', visibleWorkspaces).execute({ userId: ctx.actor.userId, organizationId: ctx.actor.organizationId }),
  );
  const result: WorkspaceSummary[] = [];
  for (const { memberRole, ...w } of rows) {
    const role = effectiveRole(ctx.actor.orgRole, memberRole as Role | null);
    if (role) result.push({ ...w, role });
  }
  return result;
}
