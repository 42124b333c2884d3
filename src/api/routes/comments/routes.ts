import { z } from 'zod';
import { addComment } from '../../../core/comments/add-comment.ts';
import { deleteComment } from '../../../core/comments/delete-comment.ts';
import { listComments } from '../../../core/comments/list-comments.ts';
import { defineRoute } from '../../route.ts';
import { id, timestamp, workspaceParams } from '../../schemas.ts';

const postParams = workspaceParams.extend({ postId: id });
const comment = z.object({ id, postId: id, body: z.string(), author: z.object({ id, name: z.string() }).nullable(), createdAt: timestamp });

export const commentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/posts/:postId/comments',
    summary: "A post's internal comments, oldest first",
    tag: 'comments',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: postParams,
    response: { status: 200, schema: z.object({ items: z.array(comment) }) },
    handler: async ({ ctx, params }) => ({ items: await listComments(ctx, params) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/posts/:postId/comments',
    summary: 'Comment on a post inside the team (never published); its author and earlier commenters are told',
    tag: 'comments',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: postParams,
    body: z.strictObject({ body: z.string().trim().min(1, 'write a comment').max(5000, 'must be at most 5000 characters') }),
    response: { status: 201, schema: comment },
    handler: ({ ctx, params, body }) => addComment(ctx, { postId: params.postId, body: body.body }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/posts/:postId/comments/:commentId',
    summary: 'Remove a comment: its author, or someone who approves posts',
    tag: 'comments',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: postParams.extend({ commentId: id }),
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await deleteComment(ctx, params);
    },
  }),
];
