import { and, eq } from 'drizzle-orm';
import { approvalWorkflows } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

/** Deletes a workflow. Posts waiting in it fall back to one step that anyone who may approve decides. */
export async function deleteWorkflow(ctx: WorkspaceContext, input: { workflowId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(approvalWorkflows)
      .where(and(eq(approvalWorkflows.id, input.workflowId), eq(approvalWorkflows.workspaceId, ctx.workspace.id)))
      .returning({ id: approvalWorkflows.id, name: approvalWorkflows.name });
    if (!row) throw notFound('The approval workflow');
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'approval_workflow.deleted',
      targetType: 'approval_workflow',
      targetId: row.id,
      details: { name: row.name },
    });
  });
}
