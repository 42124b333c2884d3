import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { users, workspaceMembers } from '../../db/schema.ts';
import { effectiveRole, type OrgRole, type Role } from '../policies/roles.ts';
import type { WorkspaceContext } from '../types.ts';

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** 'organization' when the role comes from being an organization owner or admin. */
  via: 'workspace' | 'organization';
  totpEnabled: boolean;
}

export async function listMembers(ctx: WorkspaceContext): Promise<Member[]> {
  const rows = await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      orgRole: users.orgRole,
      memberRole: workspaceMembers.role,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.userId, users.id), eq(workspaceMembers.workspaceId, ctx.workspace.id)))
    .where(
      and(
        eq(users.organizationId, ctx.workspace.organizationId),
        or(inArray(users.orgRole, ['owner', 'admin']), eq(workspaceMembers.workspaceId, ctx.workspace.id)),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    email: r.email,
    role: effectiveRole(r.orgRole as OrgRole, r.memberRole as Role | null)!,
    via: r.orgRole === 'member' ? 'workspace' : 'organization',
    totpEnabled: r.totpEnabledAt !== null,
  }));
}
