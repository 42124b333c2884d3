import { and, eq } from 'drizzle-orm';
import { workspaceMembers, workspaces } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import { effectiveRole, type Role } from '../policies/roles.ts';
import type { ActorContext, WorkspaceContext } from '../types.ts';

/**
 * The one door into a workspace: it must belong to the actor's organization and the actor must
 * have a role there. Anything else reads as "not found", so other tenants' ids reveal nothing.
 */
export async function enterWorkspace(ctx: ActorContext, workspaceId: string): Promise<WorkspaceContext> {
  const key = `enter:${ctx.actor.userId}:${ctx.actor.organizationId}:${workspaceId}`;
  const row = await ctx.authCache.remember(key, ctx.now().getTime(), async () => {
    const [found] = await ctx.db
      .select({ id: workspaces.id, organizationId: workspaces.organizationId, memberRole: workspaceMembers.role })
      .from(workspaces)
      .leftJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, ctx.actor.userId)))
      .where(and(eq(workspaces.id, workspaceId), eq(workspaces.organizationId, ctx.actor.organizationId)));
    return found ?? null;
  });
  const role = row ? effectiveRole(ctx.actor.orgRole, row.memberRole as Role | null) : null;
  if (!row || !role) throw notFound('The workspace');
  return { ...ctx, workspace: { id: row.id, organizationId: row.organizationId, role } };
}
