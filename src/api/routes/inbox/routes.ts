import { z } from 'zod';
import { actOnInboxItem } from '../../../core/inbox/act-on-item.ts';
import { assignInboxItem } from '../../../core/inbox/assign-inbox-item.ts';
import { completeInboxItem } from '../../../core/inbox/complete-inbox-item.ts';
import { correctSentiment } from '../../../core/inbox/correct-sentiment.ts';
import { getInboxItem } from '../../../core/inbox/get-inbox-item.ts';
import { addInboxNote } from '../../../core/inbox/inbox-notes.ts';
import { listInbox } from '../../../core/inbox/list-inbox.ts';
import { replyInboxItem } from '../../../core/inbox/reply-inbox-item.ts';
import { setInboxTask } from '../../../core/inbox/set-inbox-task.ts';
import { tagInboxItem } from '../../../core/inbox/tag-inbox-item.ts';
import { defineRoute } from '../../route.ts';
import { id, networkId, timestamp, workspaceParams } from '../../schemas.ts';
import { replyText } from './reply-text.ts';

const kind = z.enum(['comment', 'mention', 'message'], { message: 'must be comment, mention or message' });
const status = z.enum(['open', 'assigned', 'done'], { message: 'must be open, assigned or done' });
const taskType = z.enum(['sales_lead', 'support', 'question', 'feedback'], { message: 'must be sales_lead, support, question or feedback' });
const taskPriority = z.enum(['low', 'normal', 'high', 'urgent'], { message: 'must be low, normal, high or urgent' });
const sentiment = z.enum(['positive', 'neutral', 'negative'], { message: 'must be positive, neutral or negative' });
const note = z.object({ id, authorId: id.nullable(), body: z.string(), createdAt: timestamp });
const tag = z.string().trim().min(1, 'must not be empty').max(50, 'must be at most 50 characters');
const item = z.object({
  id,
  profileId: id,
  network: z.string(),
  kind,
  threadId: z.string(),
  parentRemoteId: z.string().nullable(),
  postTargetId: id.nullable(),
  author: z.object({ remoteId: z.string(), handle: z.string(), name: z.string(), avatarUrl: z.string().nullable() }),
  text: z.string(),
  url: z.string().nullable(),
  sentAt: timestamp,
  receivedAt: timestamp,
  status,
  assigneeId: id.nullable(),
  teamId: id.nullable(),
  task: z.object({ type: taskType, priority: taskPriority }).nullable(),
  tags: z.array(z.string()),
  sentiment,
  sentimentCorrected: z.boolean(),
  abusive: z.boolean(),
  firstResponseAt: timestamp.nullable(),
  completedAt: timestamp.nullable(),
  firstResponseSeconds: z.number().nullable(),
  completeSeconds: z.number().nullable(),
  sla: z.object({ dueAt: timestamp, state: z.enum(['met', 'breached', 'near', 'ok']) }).nullable(),
});
const itemParams = workspaceParams.extend({ itemId: id });

/** The inbox's items: the stream, one item, and what people do with it. */
export const inboxRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/inbox',
    summary: 'The unified stream of comments, mentions and messages, newest first; pass nextCursor back as cursor for the next page',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: workspaceParams,
    query: z.strictObject({
      profileId: id.optional(),
      network: networkId.optional(),
      kind: kind.optional(),
      status: status.optional(),
      assigneeId: z.union([id, z.literal('none')], { message: 'must be a member id, or none for items nobody owns' }).optional(),
      tag: tag.optional(),
      teamId: id.optional(),
      sentiment: sentiment.optional(),
      from: z.iso.datetime({ offset: true }).optional(),
      to: z.iso.datetime({ offset: true }).optional(),
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: { status: 200, schema: z.object({ items: z.array(item), nextCursor: z.string().nullable() }) },
    handler: ({ ctx, query }) =>
      listInbox(ctx, { ...query, from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId',
    summary: 'One item with its whole conversation on that profile, and our post it answers',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: itemParams,
    response: {
      status: 200,
      schema: item.extend({ conversation: z.array(item), post: z.object({ id, text: z.string(), url: z.string().nullable() }).nullable(), notes: z.array(note) }),
    },
    handler: ({ ctx, params }) => getInboxItem(ctx, params.itemId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/reply',
    summary: 'Answer the item in its thread, as the profile it reached: with text, or with a saved reply filled for its author',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: itemParams,
    body: z
      .strictObject({ text: replyText.optional(), savedReplyId: id.optional() })
      .refine((b) => (b.text === undefined) !== (b.savedReplyId === undefined), { message: 'give either text or savedReplyId' }),
    response: { status: 201, schema: z.object({ remoteId: z.string(), url: z.string().nullable() }) },
    handler: ({ ctx, params, body }) => replyInboxItem(ctx, { itemId: params.itemId, ...body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/assign',
    summary: 'Give the item to a member (userId) and/or a team (teamId); null gives it back to nobody, and what is left out stays',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.assign' },
    params: itemParams,
    body: z
      .strictObject({ userId: id.nullable().optional(), teamId: id.nullable().optional() })
      .refine((b) => b.userId !== undefined || b.teamId !== undefined, { message: 'name a userId, a teamId, or both' }),
    response: { status: 200, schema: item },
    handler: ({ ctx, params, body }) => assignInboxItem(ctx, { itemId: params.itemId, userId: body.userId, teamId: body.teamId }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/task',
    summary: 'Make the item a task with a type and a priority, or (type null) a plain item again',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.assign' },
    params: itemParams,
    body: z.strictObject({ type: taskType.nullable(), priority: taskPriority.default('normal') }),
    response: { status: 200, schema: item },
    handler: ({ ctx, params, body }) => setInboxTask(ctx, { itemId: params.itemId, task: body.type ? { type: body.type, priority: body.priority } : null }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/like',
    summary: 'Like the item on its network, as the profile it reached',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: itemParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await actOnInboxItem(ctx, { itemId: params.itemId, action: 'like' });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/hide',
    summary: 'Hide the item from the public on its network (where the network allows), and complete it',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: itemParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await actOnInboxItem(ctx, { itemId: params.itemId, action: 'hide' });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/sentiment',
    summary: "Correct the item's tone (positive, neutral or negative) as Canopy read it",
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: itemParams,
    body: z.strictObject({ sentiment }),
    response: { status: 200, schema: item },
    handler: ({ ctx, params, body }) => correctSentiment(ctx, { itemId: params.itemId, sentiment: body.sentiment }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/notes',
    summary: 'Leave a note for the team on the item; it is never sent to the network',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: itemParams,
    body: z.strictObject({ body: z.string().trim().min(1, 'must not be empty').max(5_000, 'must be at most 5,000 characters') }),
    response: { status: 201, schema: note },
    handler: ({ ctx, params, body }) => addInboxNote(ctx, { itemId: params.itemId, body: body.body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/tags',
    summary: 'Add and remove tags',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: itemParams,
    body: z.strictObject({ add: z.array(tag).max(20).default([]), remove: z.array(tag).max(20).default([]) }),
    response: { status: 200, schema: item },
    handler: ({ ctx, params, body }) => tagInboxItem(ctx, { itemId: params.itemId, ...body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox/:itemId/complete',
    summary: 'Mark the item done, or (done: false) open it again',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.reply' },
    params: itemParams,
    body: z.strictObject({ done: z.boolean().default(true) }),
    response: { status: 200, schema: item },
    handler: ({ ctx, params, body }) => completeInboxItem(ctx, { itemId: params.itemId, done: body.done }),
  }),
];
