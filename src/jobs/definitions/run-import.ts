import { z } from 'zod';
import { defineJob } from '../define-job.ts';

/** Creates the posts of a confirmed CSV import, one row at a time, recording each row's result. */
export const runImportJob = defineJob({
  name: 'imports-run',
  version: 1,
  payload: z.object({ importId: z.uuid() }),
  queue: { retryLimit: 3, retryDelay: 30, retryBackoff: true },
  handler: () => import('./run-import.handler.ts'),
});
