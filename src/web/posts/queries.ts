import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.ts';
import type { Post } from './types.ts';

/** Every query about a workspace's posts starts with this key, so one invalidation refreshes them all. */
export const postsKey = (workspaceId: string) => ['workspaces', workspaceId, 'posts'] as const;

/** The workspace's posts matching the given filters (the API's query parameters). */
export function usePosts(workspaceId: string, filters: Record<string, string | undefined>) {
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
  return useQuery({
    queryKey: [...postsKey(workspaceId), 'list', query.toString()],
    queryFn: async () => (await get<{ items: Post[] }>(`/api/v1/workspaces/${workspaceId}/posts?${query.toString()}`)).items,
  });
}

export function usePost(workspaceId: string, postId: string | undefined) {
  return useQuery({
    queryKey: [...postsKey(workspaceId), 'one', postId],
    queryFn: () => get<Post>(`/api/v1/workspaces/${workspaceId}/posts/${postId}`),
    enabled: Boolean(postId),
  });
}
