import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { handoffDeliveries, handoffTargets } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';

export const DELIVER_HANDOFF = 'deliver-handoff-v1';

/**
 * Hands a sales lead to every enabled target of the workspace: one delivery each, and a job that
 * sends it, written in the caller's transaction so they exist exactly when the change does.
 */
export async function handOffLead(ctx: WorkspaceContext, itemId: string, tx: Tx): Promise<string[]> {
  const targets = await tx
    .select({ id: handoffTargets.id })
    .from(handoffTargets)
    .where(and(eq(handoffTargets.workspaceId, ctx.workspace.id), eq(handoffTargets.enabled, true)));
  if (targets.length === 0) return [];
  const rows = await tx
    .insert(handoffDeliveries)
    .values(targets.map((t) => ({ targetId: t.id, itemId, nextAttemptAt: ctx.now() })))
    .returning({ id: handoffDeliveries.id });
  for (const row of rows) await ctx.jobs.send(DELIVER_HANDOFF, { deliveryId: row.id }, { tx });
  return rows.map((r) => r.id);
}
