import { and, eq, isNull, sql } from 'drizzle-orm';
import { invitations, users, workspaceMembers } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Locale } from '../accounts/locales.ts';
import { hashPassword } from '../accounts/password.ts';
import { createSession, type NewSession } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import type { Actor, AppContext } from '../types.ts';
import { findInvitation } from './find-invitation.ts';

export type AcceptInvitationInput =
  | { token: string; actor: Actor }
  | { token: string; actor?: undefined; name: string; password: string; locale?: Locale | undefined };

/**
 * Joins the invited workspace. A new person sets a name and password and is signed in; someone
 * who already has an account in the organization accepts while signed in.
 */
export async function acceptInvitation(
  ctx: AppContext,
  input: AcceptInvitationInput,
): Promise<{ userId: string; workspaceId: string; session?: NewSession }> {
  const passwordHash = input.actor ? null : await hashPassword(input.password);
  try {
    const joined = await ctx.db.transaction(async (tx) => {
      const inv = await findInvitation(tx, input.token, ctx.now());
      let userId: string;
      if (input.actor) {
        const [me] = await tx.select().from(users).where(eq(users.id, input.actor.userId));
        if (!me || me.email.toLowerCase() !== inv.email.toLowerCase() || me.organizationId !== inv.organization.id) {
          throw new AppError('forbidden', `This invitation is for ${inv.email}. Sign in with that account to accept it.`);
        }
        userId = me.id;
      } else {
        if (inv.existingUser) {
          throw new AppError('conflict', `${inv.email} already has an account. Sign in first, then open the link again.`);
        }
        const [created] = await tx
          .insert(users)
          .values({
            organizationId: inv.organization.id,
            email: inv.email,
            name: input.name,
            passwordHash: passwordHash!,
            orgRole: 'member',
            locale: input.locale ?? 'en',
          })
          .returning({ id: users.id });
        userId = created!.id;
      }
      const claimed = await tx
        .update(invitations)
        .set({ acceptedAt: ctx.now() })
        .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt)))
        .returning({ id: invitations.id });
      if (claimed.length === 0) throw new AppError('conflict', 'This invitation has already been used.');
      await tx
        .insert(workspaceMembers)
        .values({ workspaceId: inv.workspace.id, userId, role: inv.role })
        .onConflictDoUpdate({ target: [workspaceMembers.workspaceId, workspaceMembers.userId], set: { role: sql`excluded.role` } });
      await recordAudit(tx, {
        organizationId: inv.organization.id,
        workspaceId: inv.workspace.id,
        actorId: userId,
        action: 'invitation.accepted',
        targetType: 'invitation',
        targetId: inv.id,
        details: { email: inv.email, role: inv.role },
      });
      return { userId, workspaceId: inv.workspace.id };
    });
    if (input.actor) return joined;
    return { ...joined, session: await createSession(ctx, joined.userId) };
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', 'An account with this email already exists. Sign in first.');
    throw err;
  }
}
