import type { Role } from '../policies/roles.ts';
import { can } from '../policies/permissions.ts';
import type { ApprovalStep, WorkflowView } from './workflow-view.ts';

/** Who decides a step: a workflow's step, or, without a workflow, anyone who may approve. */
export type StepRule = ApprovalStep | { anyApprover: true };

export interface CurrentStep {
  index: number;
  rule: StepRule;
  /** Approving this step schedules the post. */
  last: boolean;
}

/** The step a pending post waits on. A workflow deleted since submission leaves one step for any approver. */
export function currentStep(workflow: WorkflowView | undefined, step: number | null): CurrentStep {
  const index = step ?? 0;
  if (!workflow || workflow.steps.length === 0) return { index, rule: { anyApprover: true }, last: true };
  const at = Math.min(index, workflow.steps.length - 1);
  return { index, rule: workflow.steps[at]!, last: index >= workflow.steps.length - 1 };
}

/** Whether a person may decide a step: they must hold posts.approve, and be its person or hold its role. */
export function mayDecide(rule: StepRule, who: { userId: string; role: Role }): boolean {
  if (!can(who.role, 'posts.approve')) return false;
  if ('anyApprover' in rule) return true;
  if ('approverId' in rule) return rule.approverId === who.userId;
  return rule.approverRole === who.role;
}
