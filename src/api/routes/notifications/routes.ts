import { z } from 'zod';
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, markNotificationRead } from '../../../core/notifications/list-notifications.ts';
import { notFound } from '../../../core/errors.ts';
import { defineRoute } from '../../route.ts';
import { id, timestamp } from '../../schemas.ts';

export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/notifications',
    summary: 'Your notifications, newest first',
    tag: 'notifications',
    access: { kind: 'signed_in' },
    query: z.strictObject({ unread: z.enum(['true', 'false']).default('false'), limit: z.coerce.number().int().min(1).max(100).default(30) }),
    response: {
      status: 200,
      schema: z.object({
        items: z.array(z.object({ id, kind: z.string(), params: z.record(z.string(), z.string()), workspaceId: id.nullable(), createdAt: timestamp, readAt: timestamp.nullable() })),
        unreadCount: z.number().int(),
      }),
    },
    handler: async ({ ctx, query }) => ({
      items: await listNotifications(ctx, { unreadOnly: query.unread === 'true', limit: query.limit }),
      unreadCount: await countUnreadNotifications(ctx),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/notifications/read-all',
    summary: 'Mark all your notifications as read',
    tag: 'notifications',
    access: { kind: 'signed_in' },
    response: { status: 204 },
    handler: ({ ctx }) => markAllNotificationsRead(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/notifications/:notificationId/read',
    summary: 'Mark a notification as read',
    tag: 'notifications',
    access: { kind: 'signed_in' },
    params: z.strictObject({ notificationId: id }),
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      if (!(await markNotificationRead(ctx, params))) throw notFound('The notification');
    },
  }),
];
