import { AppError } from '../errors.ts';
import { listMembers } from '../members/list-members.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';
import type { ApprovalStep } from './workflow-view.ts';

/** Every step must name someone who may approve here: a member holding posts.approve, or a role that holds it. */
export async function checkSteps(ctx: WorkspaceContext, steps: ApprovalStep[]): Promise<void> {
  const members = await listMembers(ctx);
  const problems = steps.flatMap((step, i) => {
    const field = `body.steps.${i}`;
    if ('approverRole' in step) {
      return can(step.approverRole, 'posts.approve') ? [] : [{ field: `${field}.approverRole`, message: `${step.approverRole} may not approve posts; choose owner, admin or manager` }];
    }
    const member = members.find((m) => m.userId === step.approverId);
    if (!member) return [{ field: `${field}.approverId`, message: 'is not a member of this workspace' }];
    return can(member.role, 'posts.approve') ? [] : [{ field: `${field}.approverId`, message: `${member.name} may not approve posts in this workspace` }];
  });
  if (problems.length > 0) throw new AppError('validation_failed', 'Each step needs someone who may approve posts here.', { problems });
}
