import { z } from 'zod';
import { createPost } from '../../../core/publishing/create-post.ts';
import { deletePost } from '../../../core/publishing/delete-post.ts';
import { getPost } from '../../../core/publishing/get-post.ts';
import { listPosts } from '../../../core/publishing/list-posts.ts';
import { queuePost } from '../../../core/publishing/queue-post.ts';
import { retryTarget } from '../../../core/publishing/retry-target.ts';
import { updatePost } from '../../../core/publishing/update-post.ts';
import { defineRoute } from '../../route.ts';
import { id, networkId, workspaceParams } from '../../schemas.ts';
import { createPostBody, postSchema, postStatus, updatePostBody } from './schema.ts';

const postParams = workspaceParams.extend({ postId: id });

export const postRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/posts',
    summary: 'Create a post for one or more profiles: a draft, scheduled at a local time or an instant, or put in the queue',
    tag: 'posts',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams,
    body: createPostBody,
    response: { status: 201, schema: postSchema },
    handler: async ({ ctx, body }) => getPost(ctx, { postId: await createPost(ctx, body) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/posts',
    summary: "The workspace's posts by scheduled time, with each target's status, link and failure reason",
    tag: 'posts',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: workspaceParams,
    query: z.strictObject({
      from: z.iso.datetime({ offset: true }).optional(),
      to: z.iso.datetime({ offset: true }).optional(),
      status: postStatus.optional(),
      profileId: id.optional(),
      network: networkId.optional(),
      tag: z.string().max(50).optional(),
      campaignId: id.optional(),
      authorId: id.optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    response: { status: 200, schema: z.object({ items: z.array(postSchema) }) },
    handler: async ({ ctx, query }) => ({
      items: await listPosts(ctx, {
        ...query,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      }),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/posts/:postId',
    summary: 'One post, with each target’s status, link and failure reason',
    tag: 'posts',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: postParams,
    response: { status: 200, schema: postSchema },
    handler: ({ ctx, params }) => getPost(ctx, params),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/posts/:postId',
    summary: 'Change a post that has not gone out (its author or an approver): content, profiles, tags, campaign, or its time',
    tag: 'posts',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: postParams,
    body: updatePostBody,
    response: { status: 200, schema: postSchema },
    handler: async ({ ctx, params, body }) => {
      await updatePost(ctx, { ...body, postId: params.postId });
      return getPost(ctx, params);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/posts/:postId',
    summary: 'Delete a post that has not gone out; published posts stay on record',
    tag: 'posts',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: postParams,
    response: { status: 204 },
    handler: ({ ctx, params }) => deletePost(ctx, params),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/posts/:postId/queue',
    summary: 'Schedule a draft into the next posting slot free for all its profiles',
    tag: 'posts',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: postParams,
    response: { status: 200, schema: postSchema },
    handler: async ({ ctx, params }) => {
      await queuePost(ctx, params);
      return getPost(ctx, params);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/posts/:postId/targets/:targetId/retry',
    summary: 'Try a failed target again, now',
    tag: 'posts',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: postParams.extend({ targetId: id }),
    response: { status: 200, schema: postSchema },
    handler: async ({ ctx, params }) => {
      await retryTarget(ctx, params);
      return getPost(ctx, params);
    },
  }),
];
