import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.ts';
import type { CommentView } from '../../core/comments/comment-view.ts';

export type PostComment = Omit<CommentView, 'createdAt'> & { createdAt: string };

export const commentsKey = (workspaceId: string, postId: string) => ['workspaces', workspaceId, 'posts', postId, 'comments'] as const;

export function useComments(workspaceId: string, postId: string) {
  return useQuery({
    queryKey: commentsKey(workspaceId, postId),
    queryFn: async () => (await get<{ items: PostComment[] }>(`/api/v1/workspaces/${workspaceId}/posts/${postId}/comments`)).items,
  });
}
