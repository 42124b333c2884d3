import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../api/types.ts';
import { del, get, post, put } from '../api/client.ts';
import { postsKey } from '../posts/queries.ts';
import type { Post } from '../posts/types.ts';

export type ApprovalStep = { approverId: string } | { approverRole: Role };

export interface ApprovalWorkflow {
  id: string;
  name: string;
  steps: ApprovalStep[];
  createdAt: string;
}

export interface PostDecision {
  id: number;
  step: number | null;
  decision: 'submitted' | 'approved' | 'rejected' | 'changes_requested' | 'edited' | 'approval_missed';
  comment: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  actor: { id: string; name: string } | null;
  createdAt: string;
}

export type Decision = 'approve' | 'reject' | 'request-changes';

const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;
export const approvalsKey = (workspaceId: string) => ['workspaces', workspaceId, 'approvals'] as const;
export const workflowsKey = (workspaceId: string) => ['workspaces', workspaceId, 'approval-workflows'] as const;
const settingsKey = (workspaceId: string) => ['workspaces', workspaceId, 'approval-settings'] as const;
const decisionsKey = (workspaceId: string, postId: string) => [...postsKey(workspaceId), 'decisions', postId] as const;

/** Posts waiting for a decision the viewer may take now, soonest first. */
export function useApprovals(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: approvalsKey(workspaceId),
    queryFn: async () => (await get<{ items: Post[] }>(`${base(workspaceId)}/approvals`)).items,
    enabled,
    refetchInterval: 60_000,
  });
}

export function useDecisions(workspaceId: string, postId: string) {
  return useQuery({
    queryKey: decisionsKey(workspaceId, postId),
    queryFn: async () => (await get<{ items: PostDecision[] }>(`${base(workspaceId)}/posts/${postId}/decisions`)).items,
  });
}

export function useWorkflows(workspaceId: string) {
  return useQuery({
    queryKey: workflowsKey(workspaceId),
    queryFn: async () => (await get<{ items: ApprovalWorkflow[] }>(`${base(workspaceId)}/approval-workflows`)).items,
  });
}

export function useApprovalSettings(workspaceId: string) {
  return useQuery({
    queryKey: settingsKey(workspaceId),
    queryFn: () => get<{ approvalRoles: Role[] }>(`${base(workspaceId)}/approval-settings`),
  });
}

/** Approve, reject or ask for changes; every post list and the approvals queue refresh after. */
export function useDecide(workspaceId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { decision: Decision; comment: string }) =>
      post<Post>(`${base(workspaceId)}/posts/${postId}/${input.decision}`, input.comment ? { comment: input.comment } : {}),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: postsKey(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: approvalsKey(workspaceId) }),
      ]);
    },
  });
}

export function useSaveWorkflow(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: string; name: string; steps: ApprovalStep[] }) =>
      input.id
        ? put<ApprovalWorkflow>(`${base(workspaceId)}/approval-workflows/${input.id}`, { name: input.name, steps: input.steps })
        : post<ApprovalWorkflow>(`${base(workspaceId)}/approval-workflows`, { name: input.name, steps: input.steps }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workflowsKey(workspaceId) }),
  });
}

export function useDeleteWorkflow(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del(`${base(workspaceId)}/approval-workflows/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workflowsKey(workspaceId) }),
  });
}

export function useSaveApprovalSettings(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (approvalRoles: Role[]) => put<{ approvalRoles: Role[] }>(`${base(workspaceId)}/approval-settings`, { approvalRoles }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey(workspaceId), data),
  });
}
