import { and, eq, sql } from 'drizzle-orm';
import { invitations, users, workspaceMembers } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { newOpaqueToken } from '../accounts/opaque-token.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant } from '../members/assert-may-grant.ts';
import type { Role } from '../policies/roles.ts';
import type { WorkspaceContext } from '../types.ts';

export interface NewInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  /** The link to send; it holds the only copy of the token. */
  url: string;
}

export async function inviteMember(ctx: WorkspaceContext, input: { email: string; role: Role }): Promise<NewInvitation> {
  assertMayGrant(ctx, input.role);
  await refuseWhenAlreadyIn(ctx, input.email);
  const { token, hash } = newOpaqueToken('ci');
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.invitationDays * 86_400_000);
  return ctx.db.transaction(async (tx) => {
    const [inv] = await tx
      .insert(invitations)
      .values({
        workspaceId: ctx.workspace.id,
        email: input.email,
        role: input.role,
        tokenHash: hash,
        invitedBy: ctx.actor.userId,
        expiresAt,
      })
      .returning({ id: invitations.id });
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: inv!.id,
      details: { email: input.email, role: input.role },
    });
    return { id: inv!.id, email: input.email, role: input.role, expiresAt, url: `${ctx.config.publicUrl}/invite/${token}` };
  });
}

/** A person already here needs no invitation, and one from another organization cannot join this one. */
async function refuseWhenAlreadyIn(ctx: WorkspaceContext, email: string): Promise<void> {
  const [existing] = await ctx.db
    .select({ organizationId: users.organizationId, orgRole: users.orgRole, memberRole: workspaceMembers.role })
    .from(users)
    .leftJoin(workspaceMembers, and(eq(workspaceMembers.userId, users.id), eq(workspaceMembers.workspaceId, ctx.workspace.id)))
    .where(sql`lower(${users.email}) = lower(${email})`);
  if (!existing) return;
  if (existing.organizationId !== ctx.workspace.organizationId) {
    throw new AppError('conflict', `${email} already uses Canopy in another organization. Invite another address.`, {
      problems: [{ field: 'body.email', message: 'belongs to another organization' }],
    });
  }
  if (existing.memberRole || existing.orgRole !== 'member') {
    throw new AppError('conflict', `${email} is already in this workspace. Change their role in the member list instead.`, {
      problems: [{ field: 'body.email', message: 'already a member' }],
    });
  }
}
