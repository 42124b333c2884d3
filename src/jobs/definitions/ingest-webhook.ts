import { z } from 'zod';
import { defineJob } from '../define-job.ts';

const pushedItem = z.object({
  accountRemoteId: z.string(),
  item: z.object({
    remoteId: z.string(),
    kind: z.enum(['comment', 'mention', 'message']),
    threadId: z.string(),
    parentRemoteId: z.string().optional(),
    author: z.object({ remoteId: z.string(), handle: z.string(), displayName: z.string(), avatarUrl: z.string().optional() }),
    text: z.string(),
    createdAt: z.iso.datetime().transform((s) => new Date(s)),
    url: z.string().optional(),
  }),
});

/** Stores what a network's webhook delivered (see receiveWebhook). */
export const ingestWebhookJob = defineJob({
  name: 'ingest-webhook',
  version: 1,
  payload: z.object({ network: z.string(), pushed: z.array(pushedItem).max(1_000) }),
  queue: { retryLimit: 10, retryDelay: 10, retryBackoff: true },
  handler: () => import('./ingest-webhook.handler.ts'),
});
