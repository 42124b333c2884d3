import { z } from 'zod';
import { createHashtagGroup } from '../../../core/hashtags/create-hashtag-group.ts';
import { deleteHashtagGroup } from '../../../core/hashtags/delete-hashtag-group.ts';
import { listHashtagGroups } from '../../../core/hashtags/list-hashtag-groups.ts';
import { updateHashtagGroup } from '../../../core/hashtags/update-hashtag-group.ts';
import { defineRoute } from '../../route.ts';
import { id, timestamp, title, workspaceParams } from '../../schemas.ts';

const hashtag = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[#＃]?[^\s#＃]+$/u, 'must be one hashtag such as #launch, without spaces');
const hashtags = z.array(hashtag).max(30, 'a group holds at most 30 hashtags');
const group = z.object({ id, name: z.string(), hashtags: z.array(z.string()), createdAt: timestamp });
const groupParams = workspaceParams.extend({ hashtagGroupId: id });

export const hashtagGroupRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/hashtag-groups',
    summary: "The workspace's saved hashtag groups, by name",
    tag: 'hashtag groups',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(group) }) },
    handler: async ({ ctx }) => ({ items: await listHashtagGroups(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/hashtag-groups',
    summary: 'Save a group of hashtags (each gets a leading # when it has none)',
    tag: 'hashtag groups',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams,
    body: z.strictObject({ name: title, hashtags: hashtags.min(1, 'add at least one hashtag') }),
    response: { status: 201, schema: group },
    handler: ({ ctx, body }) => createHashtagGroup(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/hashtag-groups/:hashtagGroupId',
    summary: 'Rename a hashtag group or replace its hashtags',
    tag: 'hashtag groups',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: groupParams,
    body: z.strictObject({ name: title.optional(), hashtags: hashtags.min(1, 'add at least one hashtag').optional() }),
    response: { status: 200, schema: group },
    handler: ({ ctx, params, body }) => updateHashtagGroup(ctx, { hashtagGroupId: params.hashtagGroupId, ...body }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/hashtag-groups/:hashtagGroupId',
    summary: 'Delete a hashtag group',
    tag: 'hashtag groups',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: groupParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await deleteHashtagGroup(ctx, params);
    },
  }),
];
