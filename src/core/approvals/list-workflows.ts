import type { WorkspaceContext } from '../types.ts';
import { loadWorkflows, type WorkflowView } from './workflow-view.ts';

export function listWorkflows(ctx: WorkspaceContext): Promise<WorkflowView[]> {
  return loadWorkflows(ctx.db, ctx.workspace.id);
}
