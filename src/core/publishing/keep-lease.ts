import { and, eq } from 'drizzle-orm';
import { postTargets } from '../../db/schema.ts';
import type { AppContext } from '../types.ts';

/**
 * Keeps a worker's lease on a target alive while it works, renewing it every third of its length,
 * so the lease can be short: a worker that dies stops renewing, and its target is free again within
 * one lease, not after the longest upload anyone might make. Returns the function that stops it.
 */
export function keepLease(ctx: AppContext, input: { targetId: string; worker: string; leaseMs: number }): () => void {
  const renew = async () => {
    await ctx.db
      .update(postTargets)
      .set({ leaseUntil: new Date(ctx.now().getTime() + input.leaseMs) })
      .where(and(eq(postTargets.id, input.targetId), eq(postTargets.leaseOwner, input.worker)));
  };
  const timer = setInterval(() => {
    // A renewal that fails is retried at the next tick; if none gets through, the lease lapses and
    // another worker reconciles through the ledger before publishing anything.
    renew().catch((err: unknown) => ctx.log.warn({ err, targetId: input.targetId }, 'could not renew a publish lease'));
  }, input.leaseMs / 3);
  timer.unref();
  return () => clearInterval(timer);
}
