import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../../api/client.ts';
import type { Items, Profile } from '../../api/types.ts';

export const profilesKey = (workspaceId: string) => ['profiles', workspaceId] as const;

export function useProfiles(workspaceId: string) {
  return useQuery({
    queryKey: profilesKey(workspaceId),
    queryFn: async () => (await get<Items<Profile>>(`/api/v1/workspaces/${workspaceId}/profiles`)).items,
  });
}

/**
 * Connects a network that signs in with typed credentials. The answer is the workspace's whole
 * list; the profile it connected is the one that was not there before, or the one reconnected.
 */
export function useConnectWithCredentials(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { network: string; fields: Record<string, string> }) => {
      const before = new Set((queryClient.getQueryData<Profile[]>(profilesKey(workspaceId)) ?? []).map((p) => p.id));
      const res = await post<Items<Profile>>(`/api/v1/workspaces/${workspaceId}/profiles`, { network: input.network, ...input.fields });
      return { items: res.items, added: res.items.find((p) => !before.has(p.id)) ?? null };
    },
    onSuccess: ({ items }) => queryClient.setQueryData(profilesKey(workspaceId), items),
  });
}

/** The network's sign-in address for this workspace; `service` names the server for Mastodon. */
export async function authorizationUrl(workspaceId: string, network: string, service?: string | null): Promise<string> {
  const query = service ? `?service=${encodeURIComponent(service)}` : '';
  return (await get<{ authorizationUrl: string }>(`/api/v1/workspaces/${workspaceId}/profiles/connect/${network}${query}`)).authorizationUrl;
}

/** Sends the person to the network's sign-in page; the network sends them back to the callback. */
export function useStartOAuth(workspaceId: string) {
  return useMutation({
    mutationFn: (input: { network: string; service?: string | undefined }) => authorizationUrl(workspaceId, input.network, input.service),
    onSuccess: (url) => window.location.assign(url),
  });
}

export function useSetProfileAccess(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { profileId: string; access: Profile['access']; userIds: string[] }) =>
      patch<Items<Profile>>(`/api/v1/workspaces/${workspaceId}/profiles/${input.profileId}/access`, { access: input.access, userIds: input.userIds }),
    onSuccess: (res) => queryClient.setQueryData(profilesKey(workspaceId), res.items),
  });
}

export function useRemoveProfile(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profileId: string) => del(`/api/v1/workspaces/${workspaceId}/profiles/${profileId}`),
    onSuccess: (_res, profileId) => {
      queryClient.setQueryData<Profile[]>(profilesKey(workspaceId), (items) => items?.filter((p) => p.id !== profileId));
      void queryClient.invalidateQueries({ queryKey: profilesKey(workspaceId) });
    },
  });
}
