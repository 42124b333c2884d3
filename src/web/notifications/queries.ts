import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client.ts';
import type { AppNotification, Items } from '../api/types.ts';

export const notificationsKey = ['notifications'] as const;
const unreadKey = [...notificationsKey, 'unread'] as const;
const recentKey = [...notificationsKey, 'recent'] as const;

/** The API lists at most this many; the bell says "99+" beyond it. */
export const UNREAD_LIMIT = 100;

/** Unread notifications, checked every minute and whenever the window regains focus. */
export function useUnreadNotifications() {
  return useQuery({
    queryKey: unreadKey,
    queryFn: async () => (await get<Items<AppNotification>>(`/api/v1/notifications?unread=true&limit=${UNREAD_LIMIT}`)).items,
    refetchInterval: 60_000,
  });
}

/** The latest notifications, read or not, for the bell's menu while it is open. */
export function useRecentNotifications(enabled: boolean) {
  return useQuery({
    queryKey: recentKey,
    queryFn: async () => (await get<Items<AppNotification>>('/api/v1/notifications?limit=20')).items,
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<void>(`/api/v1/notifications/${id}/read`),
    onSuccess: (_res, id) => {
      const readAt = new Date().toISOString();
      queryClient.setQueryData<AppNotification[]>(unreadKey, (items) => items?.filter((n) => n.id !== id));
      queryClient.setQueryData<AppNotification[]>(recentKey, (items) => items?.map((n) => (n.id === id ? { ...n, readAt } : n)));
      void queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
  });
}
