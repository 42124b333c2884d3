import { and, count, desc, eq, isNull } from 'drizzle-orm';
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

export async function countUnreadNotifications(ctx: ActorContext): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markAllNotificationsRead(ctx: ActorContext): Promise<void> {
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)));
}
