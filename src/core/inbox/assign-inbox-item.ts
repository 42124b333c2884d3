import { eq } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import { listMembers } from '../members/list-members.ts';
import { can } from '../policies/permissions.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';
import { toInboxItemView, type InboxItemView } from './inbox-item-view.ts';

/** Gives an item to a member who may work the inbox, or (userId null) back to nobody. A done item stays done. */
export async function assignInboxItem(ctx: WorkspaceContext, input: { itemId: string; userId: string | null }): Promise<InboxItemView> {
  if (input.userId) {
    const member = (await listMembers(ctx)).find((m) => m.userId === input.userId);
    if (!member) throw new AppError('validation_failed', 'Items can be assigned only to members of this workspace.', { problems: [{ field: 'body.userId', message: 'is not a member of this workspace' }] });
    if (!can(member.role, 'inbox.read')) {
      throw new AppError('validation_failed', `${member.name} cannot see the inbox in this workspace.`, { problems: [{ field: 'body.userId', message: 'may not work the inbox here' }] });
    }
  }
  return ctx.db.transaction(async (tx) => {
    const item = await findInboxItem(ctx, input.itemId, tx);
    const status = item.status === 'done' ? 'done' : input.userId ? 'assigned' : 'open';
    const [row] = await tx.update(inboxItems).set({ assigneeId: input.userId, status }).where(eq(inboxItems.id, item.id)).returning();
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'inbox.assigned',
      targetType: 'inbox_item',
      targetId: item.id,
      details: { from: item.assigneeId, to: input.userId },
    });
    return toInboxItemView(row!);
  });
}
