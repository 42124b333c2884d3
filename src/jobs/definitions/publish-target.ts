import { z } from 'zod';
import { defineJob } from '../define-job.ts';

/** Publishes one target of a post when it is due; re-enqueues itself for retries and waits. */
export const publishTargetJob = defineJob({
  name: 'publish-target',
  version: 1,
  payload: z.object({ targetId: z.uuid() }),
  // A worker that dies mid-publish leaves its job active; after expiry pg-boss runs it again, and the
  // ledger tells the new run what may already have happened. Expiry outlasts the target's lease.
  queue: { expireInSeconds: 15 * 60, retryLimit: 100, retryDelay: 30, retryBackoff: true },
  handler: () => import('./publish-target.handler.ts'),
});
