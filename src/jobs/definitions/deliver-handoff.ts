import { z } from 'zod';
import { HANDOFF_RETRIES } from '../../core/handoff/deliver-handoff.ts';
import { defineJob } from '../define-job.ts';

/** One sales lead to one hand-off target; network trouble, 5xx and 429 are retried with backoff. */
export const deliverHandoffJob = defineJob({
  name: 'deliver-handoff',
  version: 1,
  payload: z.object({ deliveryId: z.uuid() }),
  queue: { ...HANDOFF_RETRIES },
  handler: () => import('./deliver-handoff.handler.ts'),
});
