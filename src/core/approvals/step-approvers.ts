import { listMembers } from '../members/list-members.ts';
import type { WorkspaceContext } from '../types.ts';
import { mayDecide, type StepRule } from './current-step.ts';

/** Everyone who may decide a step now, except the person who submitted the post. */
export async function stepApprovers(ctx: WorkspaceContext, rule: StepRule, submittedBy: string | null): Promise<string[]> {
  const members = await listMembers(ctx);
  return members.filter((m) => m.userId !== submittedBy && mayDecide(rule, m)).map((m) => m.userId);
}
