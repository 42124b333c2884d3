import { eq } from 'drizzle-orm';
import { organizations, users } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import { permissionsOf, type Permission } from '../policies/permissions.ts';
import type { OrgRole, Role } from '../policies/roles.ts';
import type { ActorContext } from '../types.ts';
import { listWorkspaces } from '../workspaces/list-workspaces.ts';

export interface Me {
  user: { id: string; email: string; name: string; locale: string; totpEnabled: boolean };
  organization: { id: string; name: string; requireTotp: boolean; role: OrgRole };
  /** True when the organization requires two-factor sign-in and this person has not set it up. */
  mustEnrollTotp: boolean;
  workspaces: Array<{ id: string; name: string; timezone: string; locale: string; role: Role; permissions: Permission[] }>;
}

export async function getMe(ctx: ActorContext): Promise<Me> {
  const [row] = await ctx.db
    .select({ user: users, org: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, ctx.actor.userId));
  if (!row) throw notFound('Your account');
  const workspaces = await listWorkspaces(ctx);
  return {
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      locale: row.user.locale,
      totpEnabled: row.user.totpEnabledAt !== null,
    },
    organization: { id: row.org.id, name: row.org.name, requireTotp: row.org.requireTotp, role: row.user.orgRole as OrgRole },
    mustEnrollTotp: row.org.requireTotp && row.user.totpEnabledAt === null,
    workspaces: workspaces.map((w) => ({ ...w, permissions: permissionsOf(w.role) })),
  };
}
