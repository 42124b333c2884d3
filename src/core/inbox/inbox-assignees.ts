import { listMembers } from '../members/list-members.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';

export interface Assignee {
  userId: string;
  name: string;
}

/** The members an item can be given to: those who may answer in the inbox. Anyone who works the inbox may see them. */
export async function inboxAssignees(ctx: WorkspaceContext): Promise<Assignee[]> {
  return (await listMembers(ctx)).filter((m) => can(m.role, 'inbox.reply')).map((m) => ({ userId: m.userId, name: m.name }));
}
