import { eq } from 'drizzle-orm';
import { workspaces, type WorkspacePolicy } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceContext } from '../types.ts';

/** Replaces the workspace's content policy; banned terms are trimmed and kept once each. */
export async function updatePolicy(ctx: WorkspaceContext, input: WorkspacePolicy): Promise<WorkspacePolicy> {
  const seen = new Set<string>();
  const bannedTerms = input.bannedTerms.map((t) => t.trim()).filter((t) => t && !seen.has(t.toLocaleLowerCase()) && seen.add(t.toLocaleLowerCase()));
  const disclosure = input.paidDisclosure?.trim();
  const policy: WorkspacePolicy = { requireAltText: input.requireAltText, bannedTerms, enforce: input.enforce, ...(disclosure && { paidDisclosure: disclosure }) };
  await ctx.db.transaction(async (tx) => {
    await tx.update(workspaces).set({ policy }).where(eq(workspaces.id, ctx.workspace.id));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'workspace.policy_updated',
      targetType: 'workspace',
      targetId: ctx.workspace.id,
      details: { enforce: policy.enforce, bannedTerms: bannedTerms.length, requireAltText: policy.requireAltText },
    });
  });
  return policy;
}
