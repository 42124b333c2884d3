import { z } from 'zod';
import { AppError } from '../../../core/errors.ts';
import { inboxAssignees } from '../../../core/inbox/inbox-assignees.ts';
import { getInboxSettings, updateInboxSettings } from '../../../core/inbox/inbox-settings.ts';
import { inboxWorkload } from '../../../core/inbox/inbox-workload.ts';
import { inboxResponseTimes } from '../../../core/inbox/response-times.ts';
import { createSavedReply, deleteSavedReply, listSavedReplies, updateSavedReply } from '../../../core/inbox/saved-replies.ts';
import { defineRoute } from '../../route.ts';
import { id, title, workspaceParams } from '../../schemas.ts';
import { replyText } from './reply-text.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:mm, like 09:00');
const inboxSettings = z.strictObject({
  businessHours: z
    .strictObject({ days: z.array(z.number().int().min(1, 'days are 1 (Monday) to 7 (Sunday)').max(7, 'days are 1 (Monday) to 7 (Sunday)')).min(1, 'choose at least one day').max(7), start: clockTime, end: clockTime })
    .nullable(),
  slaMinutes: z.number().int().min(1, 'must be at least 1 minute').max(10_080, 'must be at most a week (10,080 minutes)').nullable(),
});
const savedReply = z.object({ id, name: z.string(), body: z.string() });
const savedReplyParams = workspaceParams.extend({ savedReplyId: id });
const figures = z.object({
  items: z.number(),
  answered: z.number(),
  completed: z.number(),
  medianFirstResponseSeconds: z.number().nullable(),
  medianCompleteSeconds: z.number().nullable(),
  slaMet: z.number(),
  slaBreached: z.number(),
});

/** How a workspace works its inbox: hours and target, saved replies, who takes items, and how fast. */
export const inboxWorkspaceRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/inbox/response-times',
    summary: 'Time to first response and to completion within business hours, for items that arrived in a period: overall, per member and per team',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'members.read' },
    params: workspaceParams,
    query: z.strictObject({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }),
    response: {
      status: 200,
      schema: z.object({
        overall: figures,
        members: z.array(figures.extend({ userId: id })),
        teams: z.array(figures.extend({ teamId: id })),
        businessHours: z.boolean(),
        periodBusinessSeconds: z.number(),
      }),
    },
    handler: ({ ctx, query }) => {
      const period = { from: new Date(query.from), to: new Date(query.to) };
      if (period.to <= period.from) throw new AppError('validation_failed', 'The period must end after it starts.', { problems: [{ field: 'query.to', message: 'must be later than from' }] });
      return inboxResponseTimes(ctx, period);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/inbox-settings',
    summary: 'When the team answers (business hours in the workspace zone) and its answer-time target',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: workspaceParams,
    response: { status: 200, schema: inboxSettings },
    handler: ({ ctx }) => getInboxSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/workspaces/:workspaceId/inbox-settings',
    summary: 'Set business hours (null: always) and the answer-time target in business minutes (null: none)',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: workspaceParams,
    body: inboxSettings,
    response: { status: 200, schema: inboxSettings },
    handler: ({ ctx, body }) => updateInboxSettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/inbox/assignees',
    summary: 'The members an item can be given to',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(z.object({ userId: id, name: z.string() })) }) },
    handler: async ({ ctx }) => ({ items: await inboxAssignees(ctx) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/inbox/workload',
    summary: 'Open items per member who works the inbox, most first',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'members.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(z.object({ userId: id, name: z.string(), open: z.number() })) }) },
    handler: async ({ ctx }) => ({ items: await inboxWorkload(ctx) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/saved-replies',
    summary: "The workspace's saved replies, by name",
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(savedReply) }) },
    handler: async ({ ctx }) => ({ items: await listSavedReplies(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/saved-replies',
    summary: 'Save a reply the team sends often; {name} and {handle} are filled with the author’s',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: workspaceParams,
    body: z.strictObject({ name: title, body: replyText }),
    response: { status: 201, schema: savedReply },
    handler: ({ ctx, body }) => createSavedReply(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/saved-replies/:savedReplyId',
    summary: 'Rename or rewrite a saved reply',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: savedReplyParams,
    body: z.strictObject({ name: title.optional(), body: replyText.optional() }),
    response: { status: 200, schema: savedReply },
    handler: ({ ctx, params, body }) => updateSavedReply(ctx, { savedReplyId: params.savedReplyId, ...body }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/saved-replies/:savedReplyId',
    summary: 'Delete a saved reply',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: savedReplyParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await deleteSavedReply(ctx, params.savedReplyId);
    },
  }),
];
