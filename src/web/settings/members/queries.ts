import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.ts';
import type { Invitation, Items, Member } from '../../api/types.ts';

export const membersKey = (workspaceId: string) => ['members', workspaceId] as const;
export const invitationsKey = (workspaceId: string) => ['invitations', workspaceId] as const;

export function useMembers(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: membersKey(workspaceId),
    queryFn: async () => (await get<Items<Member>>(`/api/v1/workspaces/${workspaceId}/members`)).items,
    enabled,
  });
}

export function useInvitations(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey(workspaceId),
    queryFn: async () => (await get<Items<Invitation>>(`/api/v1/workspaces/${workspaceId}/invitations`)).items,
    enabled,
  });
}
