import { eq } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { handOffLead } from '../handoff/hand-off-lead.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';
import { inboxClockOf, toInboxItemView, type InboxItemView } from './inbox-item-view.ts';

type TaskType = NonNullable<typeof inboxItems.$inferSelect.taskType>;
type TaskPriority = NonNullable<typeof inboxItems.$inferSelect.taskPriority>;

/** Makes the item a task of a type (a sales lead, support, a question, feedback) and a priority; null makes it a plain item again. */
export async function setInboxTask(ctx: WorkspaceContext, input: { itemId: string; task: { type: TaskType; priority: TaskPriority } | null }): Promise<InboxItemView> {
  const clock = await inboxClockOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const item = await findInboxItem(ctx, input.itemId, tx);
    const [row] = await tx
      .update(inboxItems)
      .set({ taskType: input.task?.type ?? null, taskPriority: input.task?.priority ?? null })
      .where(eq(inboxItems.id, item.id))
      .returning();
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'inbox.task_set',
      targetType: 'inbox_item',
      targetId: item.id,
      details: { task: input.task },
    });
    if (input.task?.type === 'sales_lead' && item.taskType !== 'sales_lead') await handOffLead(ctx, item.id, tx);
    return toInboxItemView(row!, clock);
  });
}
