import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, put } from '../../api/client.ts';

/** One weekly posting time: ISO weekday (1 Monday … 7 Sunday) and HH:mm on the workspace's clock. */
export interface QueueSlot {
  weekday: number;
  time: string;
}

const queueSlotsKey = (workspaceId: string, profileId: string) => ['queue-slots', workspaceId, profileId] as const;
const url = (workspaceId: string, profileId: string) => `/api/v1/workspaces/${workspaceId}/profiles/${profileId}/queue-slots`;

export function useQueueSlots(workspaceId: string, profileId: string | null) {
  return useQuery({
    queryKey: queueSlotsKey(workspaceId, profileId ?? ''),
    queryFn: async () => (await get<{ slots: QueueSlot[] }>(url(workspaceId, profileId!))).slots,
    enabled: profileId !== null,
  });
}

export function useSaveQueueSlots(workspaceId: string, profileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (slots: QueueSlot[]) => (await put<{ slots: QueueSlot[] }>(url(workspaceId, profileId), { slots })).slots,
    onSuccess: (slots) => queryClient.setQueryData(queueSlotsKey(workspaceId, profileId), slots),
  });
}
