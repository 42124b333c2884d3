import { eq } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';
import { inboxClockOf, toInboxItemView, type InboxItemView } from './inbox-item-view.ts';

/** Marks an item done (the time to complete counts to now), or (done false) opens it again. */
export async function completeInboxItem(ctx: WorkspaceContext, input: { itemId: string; done: boolean }): Promise<InboxItemView> {
  const clock = await inboxClockOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const item = await findInboxItem(ctx, input.itemId, tx);
    const status = input.done ? 'done' : item.assigneeId || item.teamId ? 'assigned' : 'open';
    const completedAt = input.done ? (item.completedAt ?? ctx.now()) : null;
    const [row] = await tx.update(inboxItems).set({ status, completedAt }).where(eq(inboxItems.id, item.id)).returning();
    if (item.status !== status) {
      await recordAudit(tx, {
        organizationId: ctx.workspace.organizationId,
        workspaceId: ctx.workspace.id,
        actorId: ctx.actor.userId,
        action: input.done ? 'inbox.completed' : 'inbox.reopened',
        targetType: 'inbox_item',
        targetId: item.id,
      });
    }
    return toInboxItemView(row!, clock);
  });
}
