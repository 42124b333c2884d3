import { z } from 'zod';
import { PUBLISH_AHEAD_MS } from '../../core/publishing/publish-queue.ts';
import { defineJob } from '../define-job.ts';

/** Jobs a worker process holds for their due instant at once: a burst of this many posts starts on time. */
const MAX_HELD = 20_000;

/**
 * Publishes one target of a post when it is due; re-enqueues itself for retries and waits. A job
 * for a due instant is fetched ahead of it and held until then (see HeldWorker).
 */
export const publishTargetJob = defineJob({
  name: 'publish-target',
  version: 1,
  payload: z.object({ targetId: z.uuid(), at: z.iso.datetime().optional() }),
  // A worker that dies mid-publish stops sending heartbeats: pg-boss fails its jobs within about
  // 10 s and runs them again after the retry delay, which outlasts the target's 30 s lease, and the
  // ledger tells the new run what may already have happened.
  queue: { expireInSeconds: 15 * 60, heartbeatSeconds: 10, retryLimit: 100, retryDelay: 30, retryBackoff: true },
  held: { instant: (payload: { at?: string | undefined }) => (payload.at ? new Date(payload.at) : undefined), aheadMs: PUBLISH_AHEAD_MS, maxHeld: MAX_HELD },
  handler: () => import('./publish-target.handler.ts'),
});
