import { sql } from 'drizzle-orm';
import { batchedPerDatabase } from '../../db/batch-loader.ts';
import type { AppContext } from '../types.ts';

interface Renewal {
  targetId: string;
  worker: string;
  until: Date;
}

const renewals = batchedPerDatabase<Renewal, true>(async (db, keys) => {
  const rows = keys.map((k) => ({ id: k.targetId, worker: k.worker, until: k.until.toISOString() }));
  await db.execute(sql`
    update post_targets t set lease_until = v.until
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, worker text, until timestamptz)
    where t.id = v.id and t.lease_owner = v.worker`);
  return keys.map(() => true as const);
});

/**
 * Keeps a worker's lease on a target alive while it works, renewing it every third of its length,
 * so the lease can be short: a worker that dies stops renewing, and its target is free again within
 * one lease, not after the longest upload anyone might make. Renewals falling due together share a
 * statement. Returns the function that stops it.
 */
export function keepLease(ctx: AppContext, input: { targetId: string; worker: string; leaseMs: number }): () => void {
  const timer = setInterval(() => {
    // A renewal that fails is retried at the next tick; if none gets through, the lease lapses and
    // another worker reconciles through the ledger before publishing anything.
    renewals(ctx.db)
      .load({ targetId: input.targetId, worker: input.worker, until: new Date(ctx.now().getTime() + input.leaseMs) })
      .catch((err: unknown) => ctx.log.warn({ err, targetId: input.targetId }, 'could not renew a publish lease'));
  }, input.leaseMs / 3);
  timer.unref();
  return () => clearInterval(timer);
}
