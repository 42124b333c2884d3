import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { loadWorkflows, type WorkflowView } from './workflow-view.ts';

export async function getWorkflow(ctx: WorkspaceContext, input: { workflowId: string }): Promise<WorkflowView> {
  const [workflow] = await loadWorkflows(ctx.db, ctx.workspace.id, [input.workflowId]);
  if (!workflow) throw notFound('The approval workflow');
  return workflow;
}
