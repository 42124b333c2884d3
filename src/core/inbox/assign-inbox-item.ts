import { eq } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import { listMembers } from '../members/list-members.ts';
import { can } from '../policies/permissions.ts';
import { findTeam } from '../teams/list-teams.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';
import { inboxClockOf, toInboxItemView, type InboxItemView } from './inbox-item-view.ts';

/**
 * Gives an item to a member who may work the inbox and/or to a team; null gives it back to nobody,
 * and what is left out stays as it was. A done item stays done.
 */
export async function assignInboxItem(ctx: WorkspaceContext, input: { itemId: string; userId?: string | null | undefined; teamId?: string | null | undefined }): Promise<InboxItemView> {
  if (input.teamId && !(await findTeam(ctx, input.teamId))) {
    throw new AppError('validation_failed', 'Items can be given only to this workspace’s teams.', { problems: [{ field: 'body.teamId', message: 'is not a team of this workspace' }] });
  }
  if (input.userId) {
    const member = (await listMembers(ctx)).find((m) => m.userId === input.userId);
    if (!member) throw new AppError('validation_failed', 'Items can be assigned only to members of this workspace.', { problems: [{ field: 'body.userId', message: 'is not a member of this workspace' }] });
    if (!can(member.role, 'inbox.read')) {
      throw new AppError('validation_failed', `${member.name} cannot see the inbox in this workspace.`, { problems: [{ field: 'body.userId', message: 'may not work the inbox here' }] });
    }
  }
  const clock = await inboxClockOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const item = await findInboxItem(ctx, input.itemId, tx);
    const assigneeId = input.userId === undefined ? item.assigneeId : input.userId;
    const teamId = input.teamId === undefined ? item.teamId : input.teamId;
    const status = item.status === 'done' ? 'done' : assigneeId || teamId ? 'assigned' : 'open';
    const [row] = await tx.update(inboxItems).set({ assigneeId, teamId, status }).where(eq(inboxItems.id, item.id)).returning();
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'inbox.assigned',
      targetType: 'inbox_item',
      targetId: item.id,
      details: { from: { userId: item.assigneeId, teamId: item.teamId }, to: { userId: assigneeId, teamId } },
    });
    return toInboxItemView(row!, clock);
  });
}
