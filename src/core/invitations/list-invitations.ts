import { and, desc, eq, isNull } from 'drizzle-orm';
import { invitations } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';

/** Invitations not yet accepted or revoked, newest first; expired ones are listed so they can be resent. */
export async function listInvitations(ctx: WorkspaceContext) {
  return ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, ctx.workspace.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt));
}
