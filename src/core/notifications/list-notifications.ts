import { and, desc, eq, isNull } from 'drizzle-orm';
import { notifications } from '../../db/schema.ts';
import type { ActorContext } from '../types.ts';

export async function listNotifications(ctx: ActorContext, input: { unreadOnly: boolean; limit: number }) {
  const mine = eq(notifications.userId, ctx.actor.userId);
  return ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      workspaceId: notifications.workspaceId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(input.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.createdAt))
    .limit(input.limit);
}

export async function markNotificationRead(ctx: ActorContext, input: { notificationId: string }): Promise<boolean> {
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(eq(notifications.id, input.notificationId), eq(notifications.userId, ctx.actor.userId)))
    .returning({ id: notifications.id });
  return updated.length > 0;
}
