import { handoffDeliveries } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { deliverHandoff } from './deliver-handoff.ts';
import { findHandoffTarget, listHandoffDeliveries, type HandoffDeliveryView } from './handoff-targets.ts';

/** Sends a sample lead to the target now, once, and answers with how it went (also in the log). */
export async function sendTestHandoff(ctx: WorkspaceContext, targetId: string): Promise<HandoffDeliveryView> {
  await findHandoffTarget(ctx, targetId);
  const [row] = await ctx.db.insert(handoffDeliveries).values({ targetId, itemId: null }).returning({ id: handoffDeliveries.id });
  await deliverHandoff(ctx, row!.id, { final: true });
  const log = await listHandoffDeliveries(ctx, targetId);
  return log.find((d) => d.id === row!.id)!;
}
