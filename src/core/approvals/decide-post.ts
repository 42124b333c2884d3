import { and, eq } from 'drizzle-orm';
import { postDecisions, posts, postTargets } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, forbidden } from '../errors.ts';
import { enqueuePublish } from '../publishing/publish-queue.ts';
import type { WorkspaceContext } from '../types.ts';
import { currentStep, mayDecide } from './current-step.ts';
import { loadPost } from './load-post.ts';
import { stepApprovers } from './step-approvers.ts';
import { tellPeople } from './tell-people.ts';
import { loadWorkflows } from './workflow-view.ts';

export type Decision = 'approved' | 'rejected' | 'changes_requested';

/**
 * Decides the step a pending post waits on. Approving moves it to the next step or, at the last,
 * schedules it with its publish jobs in the same transaction, unless its time has passed: then it
 * is approval_missed and never publishes without a new time. The update is conditional on the
 * status and step, so two approvers deciding at once cannot both move the same step.
 */
export async function decidePost(ctx: WorkspaceContext, input: { postId: string; decision: Decision; comment?: string | undefined }): Promise<void> {
  const post = await loadPost(ctx, input.postId);
  if (post.status !== 'pending_approval') throw new AppError('conflict', `This post is not waiting for approval; it is ${post.status.replaceAll('_', ' ')}.`);
  if (post.submittedBy === ctx.actor.userId) throw forbidden('You submitted this post, so someone else must decide on it.');
  const [workflow] = post.approvalWorkflowId ? await loadWorkflows(ctx.db, ctx.workspace.id, [post.approvalWorkflowId]) : [];
  const step = currentStep(workflow, post.approvalStep);
  if (!mayDecide(step.rule, { userId: ctx.actor.userId, role: ctx.workspace.role })) {
    throw forbidden(`Step ${step.index + 1} of this post’s approval is for someone else to decide.`);
  }
  const now = ctx.now();
  const approved = input.decision === 'approved';
  const next = approved && !step.last ? step.index + 1 : null;
  const missed = approved && step.last && (!post.scheduledAt || post.scheduledAt <= now);
  const status = input.decision !== 'approved' ? input.decision : next !== null ? 'pending_approval' : missed ? 'approval_missed' : 'scheduled';
  const nextApprovers = next !== null ? await stepApprovers(ctx, currentStep(workflow, next).rule, post.submittedBy) : [];

  await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(posts)
      .set({ status, approvalStep: next ?? step.index, updatedAt: now })
      .where(and(eq(posts.id, post.id), eq(posts.workspaceId, ctx.workspace.id), eq(posts.status, 'pending_approval'), eq(posts.approvalStep, step.index)))
      .returning();
    if (!updated) throw new AppError('conflict', 'Someone decided this step just now; reload the post to see where it stands.');
    const decisions: Array<typeof postDecisions.$inferInsert> = [
      { postId: post.id, workspaceId: ctx.workspace.id, step: step.index, actorId: ctx.actor.userId, decision: input.decision, comment: input.comment ?? null },
    ];
    if (missed) decisions.push({ postId: post.id, workspaceId: ctx.workspace.id, step: step.index, actorId: null, decision: 'approval_missed' });
    await tx.insert(postDecisions).values(decisions);
    if (status === 'scheduled') {
      const targets = await tx.update(postTargets).set({ status: 'scheduled' }).where(and(eq(postTargets.postId, post.id), eq(postTargets.status, 'draft'))).returning({ id: postTargets.id });
      for (const target of targets) await enqueuePublish(ctx, { targetId: target.id, at: updated.scheduledAt!, tx });
    }
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: `post.${input.decision}`,
      targetType: 'post',
      targetId: post.id,
      details: { step: step.index, status },
    });
    const round = `${post.id}:${post.submittedAt?.getTime() ?? 0}`;
    const kind = next !== null ? 'requested' : missed ? 'missed' : input.decision;
    await tellPeople(ctx, tx, {
      kind,
      userIds: next !== null ? nextApprovers : post.submittedBy ? [post.submittedBy] : [],
      post: updated,
      // The next step hears who submitted the post; the submitter hears who decided, or nobody when time ran out.
      actorId: next !== null ? post.submittedBy : missed ? null : ctx.actor.userId,
      comment: next !== null ? null : (input.comment ?? null),
      dedupeKey: next !== null ? `approval.requested:${round}:${next}` : `approval.${kind}:${round}`,
    });
  });
}
