import { z } from 'zod';
import { getPublishingState } from '../../../core/publishing/get-publishing-state.ts';
import { pausePublishing } from '../../../core/publishing/pause-publishing.ts';
import { resumePublishing } from '../../../core/publishing/resume-publishing.ts';
import { queueSlotsOf } from '../../../core/queue/queue-slots-of.ts';
import { setQueueSlots } from '../../../core/queue/set-queue-slots.ts';
import { defineRoute } from '../../route.ts';
import { id, timestamp, workspaceParams } from '../../schemas.ts';
import { postSchema, queueSlotsBody } from '../posts/schema.ts';

const publishingState = z.object({
  paused: z.object({ at: timestamp, by: z.object({ id, name: z.string() }).nullable(), reason: z.string() }).nullable(),
  overdue: z.number().int(),
  stuck: z.array(postSchema),
});
const profileParams = workspaceParams.extend({ profileId: id });

export const publishingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/publishing',
    summary: 'Whether publishing is paused (since when, by whom, why), how many posts fell due meanwhile, and posts stuck past their time',
    tag: 'publishing',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: workspaceParams,
    response: { status: 200, schema: publishingState },
    handler: ({ ctx }) => getPublishingState(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/publishing/pause',
    summary: 'Pause all publishing in the workspace at once, saying why',
    tag: 'publishing',
    access: { kind: 'workspace', permission: 'publishing.pause' },
    params: workspaceParams,
    body: z.strictObject({ reason: z.string().trim().min(1, 'say why publishing is paused').max(500, 'at most 500 characters') }),
    response: { status: 200, schema: publishingState },
    handler: async ({ ctx, body }) => {
      await pausePublishing(ctx, body);
      return getPublishingState(ctx);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/publishing/resume',
    summary: 'Resume publishing; posts that fell due meanwhile are published now, queued, or taken back to draft',
    tag: 'publishing',
    access: { kind: 'workspace', permission: 'publishing.pause' },
    params: workspaceParams,
    body: z.strictObject({ overdue: z.enum(['publish_now', 'queue', 'draft'], { message: 'choose publish_now, queue or draft' }) }),
    response: {
      status: 200,
      schema: z.object({ publishedNow: z.number().int(), queued: z.number().int(), drafted: z.array(z.object({ postId: id, reason: z.string() })) }),
    },
    handler: ({ ctx, body }) => resumePublishing(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/profiles/:profileId/queue-slots',
    summary: "A profile's weekly posting slots, on the workspace's clock",
    tag: 'publishing',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: profileParams,
    response: { status: 200, schema: queueSlotsBody },
    handler: async ({ ctx, params }) => ({ slots: await queueSlotsOf(ctx, params) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/workspaces/:workspaceId/profiles/:profileId/queue-slots',
    summary: "Replace a profile's weekly posting slots (ISO weekday 1–7 and HH:mm); an empty list clears its queue",
    tag: 'publishing',
    access: { kind: 'workspace', permission: 'profiles.manage' },
    params: profileParams,
    body: queueSlotsBody,
    response: { status: 200, schema: queueSlotsBody },
    handler: async ({ ctx, params, body }) => ({ slots: await setQueueSlots(ctx, { profileId: params.profileId, slots: body.slots as Parameters<typeof setQueueSlots>[1]['slots'] }) }),
  }),
];
