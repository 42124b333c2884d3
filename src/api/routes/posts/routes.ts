import { z } from 'zod';
import { createPost } from '../../../core/publishing/create-post.ts';
import { getPost } from '../../../core/publishing/get-post.ts';
import { listPosts } from '../../../core/publishing/list-posts.ts';
import { defineRoute } from '../../route.ts';
import { id, networkId, timestamp, workspaceParams } from '../../schemas.ts';

const postStatus = z.enum(['draft', 'pending_approval', 'scheduled', 'publishing', 'published', 'partially_published', 'failed', 'approval_missed']);
const longText = z.string().max(100_000);
const variant = z.strictObject({
  text: longText.min(1).optional(),
  threadParts: z.array(longText.min(1)).max(25).optional(),
  firstComment: longText.min(1).optional(),
  link: z.url({ protocol: /^https?$/ }).optional(),
  options: z.record(z.string().max(100), z.string().max(5_000)).optional(),
});

const postSchema = z.object({
  id,
  status: postStatus,
  text: z.string(),
  authorId: id.nullable(),
  schedule: z.object({ date: z.string(), time: z.string(), zone: z.string(), at: timestamp }).nullable(),
  createdAt: timestamp,
  targets: z.array(
    z.object({
      id,
      profileId: id.nullable(),
      network: z.string(),
      text: z.string(),
      threadParts: z.array(z.string()),
      firstComment: z.string().nullable(),
      status: z.enum(['draft', 'scheduled', 'publishing', 'published', 'failed']),
      remoteUrl: z.string().nullable(),
      failureReason: z.string().nullable(),
      publishedAt: timestamp.nullable(),
    }),
  ),
});

export const postRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/posts',
    summary: 'Create a post for one or more profiles: a draft, or scheduled at a local time in the workspace zone',
    tag: 'posts',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams,
    body: z.strictObject({
      profileIds: z.array(id).min(1, 'choose at least one profile').max(50),
      text: longText.min(1, 'write something'),
      variants: z.record(networkId, variant).optional(),
      schedule: z
        .strictObject({
          date: z.string().describe('YYYY-MM-DD, local'),
          time: z.string().describe('HH:mm, local'),
          zone: z.string().optional().describe('IANA zone; the workspace zone when left out'),
        })
        .optional(),
      draft: z.boolean().optional(),
    }),
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
    params: workspaceParams.extend({ postId: id }),
    response: { status: 200, schema: postSchema },
    handler: ({ ctx, params }) => getPost(ctx, params),
  }),
];
