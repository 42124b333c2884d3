import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client.ts';
import { postsKey } from '../posts/queries.ts';
import type { Post } from '../posts/types.ts';

export interface PublishingState {
  paused: { at: string; by: { id: string; name: string } | null; reason: string } | null;
  /** Posts whose time passed while publishing was paused. */
  overdue: number;
  /** Posts still queued two minutes or more after their time. */
  stuck: Post[];
}

export type OverdueChoice = 'publish_now' | 'queue' | 'draft';

/** What became of the posts that came due: some may not fit the queue, and wait as drafts. */
export interface ResumeOutcome {
  publishedNow: number;
  queued: number;
  drafted: Array<{ postId: string; reason: string }>;
}

export const publishingKey = (workspaceId: string) => ['workspaces', workspaceId, 'publishing'] as const;
const path = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/publishing`;

/** Whether publishing runs, and what is late; asked again every 30 seconds while the page is open. */
export function usePublishing(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: publishingKey(workspaceId),
    queryFn: () => get<PublishingState>(path(workspaceId)),
    refetchInterval: 30_000,
    enabled,
  });
}

export function usePausePublishing(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => post<unknown>(`${path(workspaceId)}/pause`, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: publishingKey(workspaceId) }),
  });
}

export function useResumePublishing(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (overdue: OverdueChoice) => post<ResumeOutcome>(`${path(workspaceId)}/resume`, { overdue }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: publishingKey(workspaceId) });
      await queryClient.invalidateQueries({ queryKey: postsKey(workspaceId) });
    },
  });
}
