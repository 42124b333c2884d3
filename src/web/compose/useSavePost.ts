import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patch, post } from '../api/client.ts';
import { postsKey } from '../posts/queries.ts';
import type { Post } from '../posts/types.ts';

/**
 * Saves the post (creates it, or changes the one being edited), and when it needs approval sends
 * it to its approvers after: saved first as a draft with its time, then submitted.
 */
export function useSavePost(workspaceId: string, postId: string | undefined) {
  const queryClient = useQueryClient();
  const base = `/api/v1/workspaces/${workspaceId}/posts`;
  return useMutation({
    mutationFn: async (input: { body: object; submit: { workflowId: string | null } | null }) => {
      const saved = postId ? await patch<Post>(`${base}/${postId}`, input.body) : await post<Post>(base, input.body);
      if (!input.submit) return saved;
      return post<Post>(`${base}/${saved.id}/submit`, input.submit.workflowId ? { workflowId: input.submit.workflowId } : {});
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: postsKey(workspaceId) }),
  });
}
