import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../api/client.ts';
import type { Items } from '../api/types.ts';
import { postsKey } from '../posts/queries.ts';
import type { Post } from '../posts/types.ts';
import type { CalendarFilters } from './filters.ts';

const postsPath = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/posts`;

/** The posts in the visible range; the last range's stay on screen while the next one loads. */
export function useCalendarPosts(workspaceId: string, range: { from: string; to: string } | null, filters: CalendarFilters) {
  const query = new URLSearchParams({ ...(range ?? {}), ...filters, limit: '500' });
  return useQuery({
    queryKey: [...postsKey(workspaceId), 'list', query.toString()],
    queryFn: async () => (await get<Items<Post>>(`${postsPath(workspaceId)}?${query.toString()}`)).items,
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
}

/** Moves a post to a new instant; the calendar shows the move at once and takes it back if refused. */
export function useReschedulePost(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { postId: string; scheduledAt: string }) => patch<Post>(`${postsPath(workspaceId)}/${input.postId}`, { scheduledAt: input.scheduledAt }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: postsKey(workspaceId) }),
  });
}

export function useDeletePost(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (postId: string) => del(`${postsPath(workspaceId)}/${postId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: postsKey(workspaceId) }),
  });
}

export function useRetryTarget(workspaceId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (targetId: string) => post<unknown>(`${postsPath(workspaceId)}/${postId}/targets/${targetId}/retry`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: postsKey(workspaceId) }),
  });
}
