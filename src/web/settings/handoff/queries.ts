import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../../api/client.ts';

export interface HandoffTarget {
  id: string;
  kind: 'webhook' | 'hubspot';
  name: string;
  url: string | null;
  enabled: boolean;
  createdAt: string;
  /** Only in the answer that created a webhook: shown once. */
  signingSecret?: string;
}

export interface HandoffDelivery {
  id: string;
  itemId: string | null;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  responseSnippet: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/handoff-targets`;
const targetsKey = (workspaceId: string) => ['workspaces', workspaceId, 'handoff-targets'] as const;
const deliveriesKey = (workspaceId: string, targetId: string) => ['workspaces', workspaceId, 'handoff-targets', targetId, 'deliveries'] as const;

export function useHandoffTargets(workspaceId: string) {
  return useQuery({ queryKey: targetsKey(workspaceId), queryFn: async () => (await get<{ items: HandoffTarget[] }>(base(workspaceId))).items });
}

export function useHandoffDeliveries(workspaceId: string, targetId: string) {
  return useQuery({ queryKey: deliveriesKey(workspaceId, targetId), queryFn: async () => (await get<{ items: HandoffDelivery[] }>(`${base(workspaceId)}/${targetId}/deliveries`)).items });
}

export function useAddHandoffTarget(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: 'webhook'; name: string; url: string } | { kind: 'hubspot'; name: string; token: string }) => post<HandoffTarget>(base(workspaceId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetsKey(workspaceId) }),
  });
}

export function useSetHandoffEnabled(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => patch<HandoffTarget>(`${base(workspaceId)}/${id}`, { enabled }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetsKey(workspaceId) }),
  });
}

export function useDeleteHandoffTarget(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del(`${base(workspaceId)}/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetsKey(workspaceId) }),
  });
}

export function useTestHandoffTarget(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<HandoffDelivery>(`${base(workspaceId)}/${id}/test`),
    onSuccess: (_d, id) => queryClient.invalidateQueries({ queryKey: deliveriesKey(workspaceId, id) }),
  });
}
