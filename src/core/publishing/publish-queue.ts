import type { Tx } from '../../db/client.ts';
import type { AppContext } from '../types.ts';

/** The queue of publish jobs, one job per target and due time. */
export const PUBLISH_QUEUE = 'publish-target-v1';

/**
 * How long before its due instant a publish job may be fetched. The worker holds it until the
 * instant, so a burst of posts due together is in hand, and starts together, when it falls due.
 */
export const PUBLISH_AHEAD_MS = 60_000;

/**
 * Enqueues a target's publish job for its post's due instant. The instant travels in the payload, so
 * a job left behind by a reschedule finds its post due at another time and does nothing.
 */
export function enqueuePublish(ctx: AppContext, input: { targetId: string; at: Date; tx?: Tx }): Promise<void> {
  const startAfter = new Date(input.at.getTime() - PUBLISH_AHEAD_MS);
  return ctx.jobs.send(PUBLISH_QUEUE, { targetId: input.targetId, at: input.at.toISOString() }, { startAfter, ...(input.tx ? { tx: input.tx } : {}) });
}

/**
 * Enqueues a job that works the target whatever its post's time: a retry, a wait, a failed target
 * tried again, or an overdue post sent on. The target's lease and the ledger keep it to one publish.
 */
export function resendPublish(ctx: AppContext, input: { targetId: string; startAfter?: Date; tx?: Tx }): Promise<void> {
  return ctx.jobs.send(PUBLISH_QUEUE, { targetId: input.targetId }, { ...(input.startAfter ? { startAfter: input.startAfter } : {}), ...(input.tx ? { tx: input.tx } : {}) });
}
