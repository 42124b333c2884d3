import { and, eq } from 'drizzle-orm';
import { postDecisions, posts } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertPostPolicy } from '../compose/assert-post-policy.ts';
import { AppError, forbidden } from '../errors.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';
import { currentStep } from './current-step.ts';
import { loadPost } from './load-post.ts';
import { stepApprovers } from './step-approvers.ts';
import { tellPeople } from './tell-people.ts';
import { loadWorkflows } from './workflow-view.ts';

/** Where a post may be submitted from: written, sent back, turned down, or missed its time. */
const submittable = ['draft', 'changes_requested', 'rejected', 'approval_missed'] as const;
type Submittable = (typeof submittable)[number];
const isSubmittable = (status: string): status is Submittable => (submittable as readonly string[]).includes(status);

/**
 * Sends a post to approval: through the chosen workflow, or one step for anyone who may approve.
 * The first step's approvers are told in the app and by email.
 */
export async function submitPost(ctx: WorkspaceContext, input: { postId: string; workflowId?: string | undefined; comment?: string | undefined }): Promise<void> {
  const post = await loadPost(ctx, input.postId);
  if (post.authorId !== ctx.actor.userId && !can(ctx.workspace.role, 'posts.publish_unapproved')) {
    throw forbidden('Only the post’s author can submit it for approval.');
  }
  const status = post.status;
  if (!isSubmittable(status)) throw new AppError('conflict', `This post is ${status.replaceAll('_', ' ')}; only a draft or a post sent back can be submitted.`);
  const now = ctx.now();
  if (!post.scheduledAt || post.scheduledAt <= now) {
    throw new AppError('validation_failed', 'Choose when it publishes: a post needs a time in the future before it is submitted for approval.', {
      problems: [{ field: 'schedule', message: post.scheduledAt ? 'is in the past' : 'is not set' }],
    });
  }
  const [workflow] = input.workflowId ? await loadWorkflows(ctx.db, ctx.workspace.id, [input.workflowId]) : [];
  if (input.workflowId && !workflow) {
    throw new AppError('validation_failed', 'Choose an approval workflow of this workspace.', { problems: [{ field: 'body.workflowId', message: 'is not a workflow here' }] });
  }
  await assertPostPolicy(ctx, post.id);
  const first = currentStep(workflow, 0);
  const approvers = await stepApprovers(ctx, first.rule, ctx.actor.userId);
  await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(posts)
      .set({ status: 'pending_approval', approvalWorkflowId: workflow?.id ?? null, approvalStep: 0, submittedBy: ctx.actor.userId, submittedAt: now, updatedAt: now })
      .where(and(eq(posts.id, post.id), eq(posts.workspaceId, ctx.workspace.id), eq(posts.status, status)))
      .returning();
    if (!updated) throw new AppError('conflict', 'This post changed just now; reload it and try again.');
    await tx.insert(postDecisions).values({ postId: post.id, workspaceId: ctx.workspace.id, step: 0, actorId: ctx.actor.userId, decision: 'submitted', comment: input.comment ?? null });
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'post.submitted',
      targetType: 'post',
      targetId: post.id,
      details: { workflowId: workflow?.id ?? null, approvers: approvers.length },
    });
    await tellPeople(ctx, tx, {
      kind: 'requested',
      userIds: approvers,
      post: updated,
      actorId: ctx.actor.userId,
      comment: input.comment ?? null,
      dedupeKey: `approval.requested:${post.id}:${now.getTime()}:0`,
    });
  });
}
