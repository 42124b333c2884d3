import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { approvalSteps, approvalWorkflows } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { checkSteps } from './check-steps.ts';
import { getWorkflow } from './get-workflow.ts';
import type { ApprovalStep, WorkflowView } from './workflow-view.ts';

export interface WorkflowInput {
  name: string;
  steps: ApprovalStep[];
}

async function writeSteps(tx: Tx, workflowId: string, steps: ApprovalStep[]): Promise<void> {
  await tx.delete(approvalSteps).where(eq(approvalSteps.workflowId, workflowId));
  await tx.insert(approvalSteps).values(
    steps.map((s, position) => ({ workflowId, position, approverId: 'approverId' in s ? s.approverId : null, approverRole: 'approverRole' in s ? s.approverRole : null })),
  );
}

/** Creates a workflow (no workflowId) or replaces one's name and steps; the steps are checked against who may approve here. */
export async function saveWorkflow(ctx: WorkspaceContext, input: WorkflowInput & { workflowId?: string }): Promise<WorkflowView> {
  await checkSteps(ctx, input.steps);
  let workflowId: string;
  try {
    workflowId = await ctx.db.transaction(async (tx) => {
      const [row] = input.workflowId
        ? await tx
            .update(approvalWorkflows)
            .set({ name: input.name })
            .where(and(eq(approvalWorkflows.id, input.workflowId), eq(approvalWorkflows.workspaceId, ctx.workspace.id)))
            .returning({ id: approvalWorkflows.id })
        : await tx.insert(approvalWorkflows).values({ workspaceId: ctx.workspace.id, name: input.name }).returning({ id: approvalWorkflows.id });
      if (!row) throw notFound('The approval workflow');
      await writeSteps(tx, row.id, input.steps);
      await recordAudit(tx, {
        organizationId: ctx.workspace.organizationId,
        workspaceId: ctx.workspace.id,
        actorId: ctx.actor.userId,
        action: input.workflowId ? 'approval_workflow.updated' : 'approval_workflow.created',
        targetType: 'approval_workflow',
        targetId: row.id,
        details: { name: input.name, steps: input.steps },
      });
      return row.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', `A workflow named “${input.name}” already exists here; choose another name.`, { problems: [{ field: 'body.name', message: 'is already used by another workflow' }] });
    throw err;
  }
  return getWorkflow(ctx, { workflowId });
}
