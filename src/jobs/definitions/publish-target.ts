import { z } from 'zod';
import { defineJob } from '../define-job.ts';

/** Publishes one target of a post when it is due; re-enqueues itself for retries and waits. */
export const publishTargetJob = defineJob({
  name: 'publish-target',
  version: 1,
  payload: z.object({ targetId: z.uuid(), at: z.iso.datetime().optional() }),
  // A worker that dies mid-publish stops sending heartbeats: pg-boss fails its jobs within about
  // 10 s and runs them again after the retry delay, which outlasts the target's 30 s lease, and the
  // ledger tells the new run what may already have happened.
  queue: { expireInSeconds: 15 * 60, heartbeatSeconds: 10, retryLimit: 100, retryDelay: 30, retryBackoff: true },
  handler: () => import('./publish-target.handler.ts'),
});
