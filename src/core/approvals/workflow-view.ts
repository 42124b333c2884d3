import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { approvalSteps, approvalWorkflows } from '../../db/schema.ts';
import type { Role } from '../policies/roles.ts';

/** Who decides one step: a named person, or anyone holding a role. */
export type ApprovalStep = { approverId: string } | { approverRole: Role };

export interface WorkflowView {
  id: string;
  name: string;
  steps: ApprovalStep[];
  createdAt: Date;
}

/** A workspace's workflows (or the given ones), each with its steps in order. */
export async function loadWorkflows(db: Db | Tx, workspaceId: string, ids?: string[]): Promise<WorkflowView[]> {
  const rows = await db
    .select()
    .from(approvalWorkflows)
    .where(and(eq(approvalWorkflows.workspaceId, workspaceId), ids ? inArray(approvalWorkflows.id, ids) : undefined))
    .orderBy(asc(approvalWorkflows.name));
  if (rows.length === 0) return [];
  const steps = await db
    .select()
    .from(approvalSteps)
    .where(inArray(approvalSteps.workflowId, rows.map((r) => r.id)))
    .orderBy(asc(approvalSteps.position));
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    createdAt: w.createdAt,
    steps: steps
      .filter((s) => s.workflowId === w.id)
      .map((s): ApprovalStep => (s.approverId ? { approverId: s.approverId } : { approverRole: s.approverRole as Role })),
  }));
}
