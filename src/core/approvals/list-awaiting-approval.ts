import { and, asc, eq } from 'drizzle-orm';
import { posts } from '../../db/schema.ts';
import { postViews, type PostView } from '../publishing/post-view.ts';
import type { WorkspaceContext } from '../types.ts';
import { currentStep, mayDecide } from './current-step.ts';
import { loadWorkflows } from './workflow-view.ts';

/** Posts waiting for a decision the caller may take now (never on their own submissions), soonest first. */
export async function listAwaitingApproval(ctx: WorkspaceContext): Promise<PostView[]> {
  const pending = await ctx.db
    .select()
    .from(posts)
    .where(and(eq(posts.workspaceId, ctx.workspace.id), eq(posts.status, 'pending_approval')))
    .orderBy(asc(posts.scheduledAt), asc(posts.id));
  const workflowIds = [...new Set(pending.flatMap((p) => (p.approvalWorkflowId ? [p.approvalWorkflowId] : [])))];
  const workflows = workflowIds.length > 0 ? await loadWorkflows(ctx.db, ctx.workspace.id, workflowIds) : [];
  const me = { userId: ctx.actor.userId, role: ctx.workspace.role };
  const mine = pending.filter(
    (p) => p.submittedBy !== me.userId && mayDecide(currentStep(workflows.find((w) => w.id === p.approvalWorkflowId), p.approvalStep).rule, me),
  );
  return postViews(ctx.db, mine);
}
