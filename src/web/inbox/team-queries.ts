import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del, get, patch, post } from '../api/client.ts';

export interface Team {
  id: string;
  kind: 'customer_care' | 'sales' | 'custom';
  /** Null for the built-in teams: they are named in the reader's language. */
  name: string | null;
  memberIds: string[];
}

export interface SavedReply {
  id: string;
  name: string;
  body: string;
}

const teamsKey = (workspaceId: string) => ['workspaces', workspaceId, 'teams'] as const;
const savedRepliesKey = (workspaceId: string) => ['workspaces', workspaceId, 'saved-replies'] as const;
const ws = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;

export function useTeams(workspaceId: string) {
  return useQuery({ queryKey: teamsKey(workspaceId), queryFn: async () => (await get<{ items: Team[] }>(`${ws(workspaceId)}/teams`)).items, staleTime: 60_000 });
}

/** A team's name as people read it: built-in teams in their language, the workspace's own as named. */
export function useTeamName(): (team: Team) => string {
  const { t } = useTranslation();
  return (team) => team.name ?? (team.kind === 'sales' ? t('inbox.team.sales') : t('inbox.team.customerCare'));
}

export function useSaveTeam(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id?: string; name?: string; memberIds: string[] }) =>
      id ? patch<Team>(`${ws(workspaceId)}/teams/${id}`, body) : post<Team>(`${ws(workspaceId)}/teams`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKey(workspaceId) }),
  });
}

export function useDeleteTeam(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del(`${ws(workspaceId)}/teams/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKey(workspaceId) }),
  });
}

export function useSavedReplies(workspaceId: string) {
  return useQuery({
    queryKey: savedRepliesKey(workspaceId),
    queryFn: async () => (await get<{ items: SavedReply[] }>(`${ws(workspaceId)}/saved-replies`)).items,
  });
}

export function useSaveSavedReply(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id?: string; name: string; body: string }) =>
      id ? patch<SavedReply>(`${ws(workspaceId)}/saved-replies/${id}`, body) : post<SavedReply>(`${ws(workspaceId)}/saved-replies`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedRepliesKey(workspaceId) }),
  });
}

export function useDeleteSavedReply(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del(`${ws(workspaceId)}/saved-replies/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedRepliesKey(workspaceId) }),
  });
}
