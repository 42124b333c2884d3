import { z } from 'zod';
import { decidePost, type Decision } from '../../../core/approvals/decide-post.ts';
import { deleteWorkflow } from '../../../core/approvals/delete-workflow.ts';
import { getApprovalSettings } from '../../../core/approvals/get-approval-settings.ts';
import { getWorkflow } from '../../../core/approvals/get-workflow.ts';
import { listAwaitingApproval } from '../../../core/approvals/list-awaiting-approval.ts';
import { listDecisions } from '../../../core/approvals/list-decisions.ts';
import { listWorkflows } from '../../../core/approvals/list-workflows.ts';
import { saveWorkflow } from '../../../core/approvals/save-workflow.ts';
import { submitPost } from '../../../core/approvals/submit-post.ts';
import { updateApprovalSettings } from '../../../core/approvals/update-approval-settings.ts';
import { getPost } from '../../../core/publishing/get-post.ts';
import { defineRoute, type RouteDef } from '../../route.ts';
import { id, workspaceParams } from '../../schemas.ts';
import { postSchema } from '../posts/schema.ts';
import { approvalSettingsBody, comment, decisionSchema, workflowBody, workflowSchema } from './schema.ts';

const base = '/api/v1/workspaces/:workspaceId';
const workflowParams = workspaceParams.extend({ workflowId: id });
const postParams = workspaceParams.extend({ postId: id });

/** approve, reject and request-changes differ only in their decision and whether a comment is required. */
const decisionRoute = (path: string, decision: Decision, summary: string, body: z.ZodObject): RouteDef =>
  defineRoute({
    method: 'POST',
    url: `${base}/posts/:postId/${path}`,
    summary,
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'posts.approve' },
    params: postParams,
    body,
    response: { status: 200, schema: postSchema },
    handler: async ({ ctx, params, body }) => {
      const { comment } = body as { comment?: string };
      await decidePost(ctx, { postId: params.postId, decision, comment });
      return getPost(ctx, params);
    },
  });

export const approvalRoutes = [
  defineRoute({
    method: 'GET',
    url: `${base}/approval-workflows`,
    summary: 'The workspace’s approval workflows, each with its steps',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(workflowSchema) }) },
    handler: async ({ ctx }) => ({ items: await listWorkflows(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/approval-workflows`,
    summary: 'Create an approval workflow: 1–5 steps, each decided by a person or by anyone with a role who may approve',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workspaceParams,
    body: workflowBody,
    response: { status: 201, schema: workflowSchema },
    handler: ({ ctx, body }) => saveWorkflow(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/approval-workflows/:workflowId`,
    summary: 'One approval workflow',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: workflowParams,
    response: { status: 200, schema: workflowSchema },
    handler: ({ ctx, params }) => getWorkflow(ctx, params),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/approval-workflows/:workflowId`,
    summary: 'Replace an approval workflow’s name and steps',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workflowParams,
    body: workflowBody,
    response: { status: 200, schema: workflowSchema },
    handler: ({ ctx, params, body }) => saveWorkflow(ctx, { ...body, workflowId: params.workflowId }),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${base}/approval-workflows/:workflowId`,
    summary: 'Delete an approval workflow; posts waiting in it go to anyone who may approve',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workflowParams,
    response: { status: 204 },
    handler: ({ ctx, params }) => deleteWorkflow(ctx, params),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/approval-settings`,
    summary: 'Which roles’ posts need approval although the role could publish without it',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workspaceParams,
    response: { status: 200, schema: approvalSettingsBody },
    handler: ({ ctx }) => getApprovalSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/approval-settings`,
    summary: 'Set which roles’ posts need approval',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workspaceParams,
    body: approvalSettingsBody,
    response: { status: 200, schema: approvalSettingsBody },
    handler: ({ ctx, body }) => updateApprovalSettings(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/posts/:postId/submit`,
    summary: 'Submit a post for approval, through a workflow or to anyone who may approve; it needs a time in the future',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: postParams,
    body: z.strictObject({ workflowId: id.optional(), comment: comment.optional() }),
    response: { status: 200, schema: postSchema },
    handler: async ({ ctx, params, body }) => {
      await submitPost(ctx, { postId: params.postId, ...body });
      return getPost(ctx, params);
    },
  }),
  decisionRoute('approve', 'approved', 'Approve the step a post waits on; the last approval schedules it', z.strictObject({ comment: comment.optional() })),
  decisionRoute('reject', 'rejected', 'Reject a post waiting for approval', z.strictObject({ comment: comment.optional() })),
  decisionRoute('request-changes', 'changes_requested', 'Send a post back to its submitter, saying what should change', z.strictObject({ comment })),
  defineRoute({
    method: 'GET',
    url: `${base}/posts/:postId/decisions`,
    summary: 'A post’s approval history: who submitted, approved, rejected or asked for changes, when, and why',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: postParams,
    response: { status: 200, schema: z.object({ items: z.array(decisionSchema) }) },
    handler: async ({ ctx, params }) => ({ items: await listDecisions(ctx, params) }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/approvals`,
    summary: 'Posts waiting for a decision the caller may take now, soonest first',
    tag: 'approvals',
    access: { kind: 'workspace', permission: 'posts.approve' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(postSchema) }) },
    handler: async ({ ctx }) => ({ items: await listAwaitingApproval(ctx) }),
  }),
];
