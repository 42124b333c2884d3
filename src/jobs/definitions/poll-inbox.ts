import { z } from 'zod';
import { defineJob } from '../define-job.ts';

/** Reads one profile's new comments, mentions and messages (see pollInbox). */
export const pollInboxJob = defineJob({
  name: 'poll-inbox',
  version: 1,
  payload: z.object({ profileId: z.uuid() }),
  // The next minute's read does the work again: a failed read is not worth many retries.
  queue: { retryLimit: 2, retryDelay: 20, expireInSeconds: 5 * 60 },
  handler: () => import('./poll-inbox.handler.ts'),
});

/** Every minute: a read of every connected profile's inbox. */
export const pollInboxesJob = defineJob({
  name: 'poll-inboxes',
  version: 1,
  payload: z.object({}),
  schedule: '* * * * *',
  handler: () => import('./poll-inboxes.handler.ts'),
});
