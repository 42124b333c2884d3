import { eq } from 'drizzle-orm';
import { organizations } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { forbidden } from '../errors.ts';
import type { ActorContext } from '../types.ts';

export interface UpdateOrganizationInput {
  name?: string | undefined;
  /** Only the owner may require two-factor sign-in for everyone. */
  requireTotp?: boolean | undefined;
}

export async function updateOrganization(ctx: ActorContext, input: UpdateOrganizationInput): Promise<void> {
  if (input.requireTotp !== undefined && ctx.actor.orgRole !== 'owner') {
    throw forbidden('Only the organization owner can change the two-factor requirement.');
  }
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length === 0) return;
  await ctx.db.transaction(async (tx) => {
    await tx.update(organizations).set(changes).where(eq(organizations.id, ctx.actor.organizationId));
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      actorId: ctx.actor.userId,
      action: 'organization.updated',
      targetType: 'organization',
      targetId: ctx.actor.organizationId,
      details: changes,
    });
  });
}
