import { z } from 'zod';
import { defineJob } from '../define-job.ts';

/** One approval email to one person, sent after the change that caused it commits; a down SMTP server is retried with backoff. */
export const sendEmailJob = defineJob({
  name: 'send-email',
  version: 1,
  payload: z.object({
    kind: z.enum(['requested', 'approved', 'rejected', 'changes_requested', 'missed']),
    userId: z.uuid(),
    workspaceId: z.uuid(),
    postId: z.uuid(),
    actorName: z.string().nullable(),
    comment: z.string().nullable(),
  }),
  queue: { retryLimit: 12, retryDelay: 30, retryBackoff: true },
  handler: () => import('./send-email.handler.ts'),
});
