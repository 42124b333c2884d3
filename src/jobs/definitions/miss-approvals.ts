import { z } from 'zod';
import { defineJob } from '../define-job.ts';

/** Every minute: posts whose time came while they still waited for approval become approval_missed. */
export const missApprovalsJob = defineJob({
  name: 'approvals-mark-missed',
  version: 1,
  payload: z.object({}),
  schedule: '* * * * *',
  handler: () => import('./miss-approvals.handler.ts'),
});
