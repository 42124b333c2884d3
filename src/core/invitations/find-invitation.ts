import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { invitations, organizations, users, workspaces } from '../../db/schema.ts';
import { hashToken } from '../accounts/opaque-token.ts';
import { AppError, notFound } from '../errors.ts';
import type { Role } from '../policies/roles.ts';

export interface OpenInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  workspace: { id: string; name: string };
  organization: { id: string; name: string };
  /** Whether the invited email already has an account (then the person signs in to accept). */
  existingUser: boolean;
}

/** An invitation that can still be accepted, found by the token in its link. */
export async function findInvitation(db: Db | Tx, token: string, now: Date): Promise<OpenInvitation> {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      workspaceId: workspaces.id,
      workspaceName: workspaces.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
  if (!row) throw notFound('The invitation');
  if (row.expiresAt <= now) {
    throw new AppError('invitation_expired', 'This invitation has expired. Ask the person who invited you to send a new one.');
  }
  const existing = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${row.email})`);
  return {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    expiresAt: row.expiresAt,
    workspace: { id: row.workspaceId, name: row.workspaceName },
    organization: { id: row.organizationId, name: row.organizationName },
    existingUser: existing.length > 0,
  };
}
