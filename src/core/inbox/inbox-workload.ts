import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { inboxAssignees } from './inbox-assignees.ts';

export interface MemberLoad {
  userId: string;
  name: string;
  /** Items given to them and not yet done. */
  open: number;
}

/** How many items each member who works the inbox has open, most first: for managers spreading the work. */
export async function inboxWorkload(ctx: WorkspaceContext): Promise<MemberLoad[]> {
  const members = await inboxAssignees(ctx);
  const counts = await ctx.db
    .select({ userId: inboxItems.assigneeId, open: count() })
    .from(inboxItems)
    .where(and(eq(inboxItems.workspaceId, ctx.workspace.id), eq(inboxItems.status, 'assigned'), isNotNull(inboxItems.assigneeId), inArray(inboxItems.assigneeId, members.map((m) => m.userId))))
    .groupBy(inboxItems.assigneeId);
  const byUser = new Map(counts.map((c) => [c.userId, c.open]));
  return members.map((m) => ({ userId: m.userId, name: m.name, open: byUser.get(m.userId) ?? 0 })).sort((a, b) => b.open - a.open || a.name.localeCompare(b.name));
}
