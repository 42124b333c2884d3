import { z } from 'zod';
import { defineJob } from '../define-job.ts';

/** Every minute: posts past due that nothing is publishing get a new job, and people are told. */
export const sweepOverdueJob = defineJob({
  name: 'publishing-sweep-overdue',
  version: 1,
  payload: z.object({}),
  schedule: '* * * * *',
  handler: () => import('./sweep-overdue.handler.ts'),
});
