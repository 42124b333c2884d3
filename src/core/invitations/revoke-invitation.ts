import { and, eq, isNull } from 'drizzle-orm';
import { invitations } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

export async function revokeInvitation(ctx: WorkspaceContext, input: { invitationId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [inv] = await tx
      .update(invitations)
      .set({ revokedAt: ctx.now() })
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.workspaceId, ctx.workspace.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ email: invitations.email });
    if (!inv) throw notFound('The invitation');
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'invitation.revoked',
      targetType: 'invitation',
      targetId: input.invitationId,
      details: { email: inv.email },
    });
  });
}
