import type { Tx } from '../../db/client.ts';
import type { AppContext } from '../types.ts';

/** The queue of publish jobs, one job per target and due time. */
export const PUBLISH_QUEUE = 'publish-target-v1';

export function enqueuePublish(ctx: AppContext, input: { targetId: string; at: Date; tx?: Tx }): Promise<void> {
  return ctx.jobs.send(PUBLISH_QUEUE, { targetId: input.targetId }, { startAfter: input.at, ...(input.tx ? { tx: input.tx } : {}) });
}
