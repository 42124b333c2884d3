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

/** Where an OAuth sign-in starts: the server for Mastodon, the account's handle for Bluesky. */
export interface SignInStart {
  service?: string | null | undefined;
  handle?: string | null | undefined;
}

/** The network's sign-in address for this workspace. */
export async function authorizationUrl(workspaceId: string, network: string, start: SignInStart = {}): Promise<string> {
  const query = new URLSearchParams();
  if (start.service) query.set('service', start.service);
  if (start.handle) query.set('handle', start.handle);
  const search = query.toString() ? `?${query.toString()}` : '';
  return (await get<{ authorizationUrl: string }>(`/api/v1/workspaces/${workspaceId}/profiles/connect/${network}${search}`)).authorizationUrl;
}

/** Sends the person to the network's sign-in page; the network sends them back to the callback. */
export function useStartOAuth(workspaceId: string) {
  return useMutation({
    mutationFn: ({ network, ...start }: { network: string } & SignInStart) => authorizationUrl(workspaceId, network, start),
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
