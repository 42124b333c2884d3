import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { users, workspaceMembers, workspaces } from '../../db/schema.ts';

/** Everyone who administers a workspace: organization owners and admins, and its own owners and admins. */
export async function workspaceAdminIds(db: Db | Tx, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.organizationId, users.organizationId))
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.userId, users.id), eq(workspaceMembers.workspaceId, workspaces.id)))
    .where(and(eq(workspaces.id, workspaceId), or(inArray(users.orgRole, ['owner', 'admin']), inArray(workspaceMembers.role, ['owner', 'admin']))));
  return rows.map((r) => r.id);
}
