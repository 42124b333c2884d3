// The planning settings as the web app reads them: campaigns, hashtag groups, the policy and links.
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.ts';
import type { Items } from '../api/types.ts';
import type { UtmTemplate, WorkspacePolicy } from '../../db/schema.ts';
import type { LinkSettingsView } from '../../core/links/link-settings.ts';

export type { UtmTemplate, WorkspacePolicy };
export type LinkSettings = LinkSettingsView;

export interface Campaign {
  id: string;
  name: string;
  color: string;
  utm: UtmTemplate;
  createdAt: string;
}

export interface HashtagGroup {
  id: string;
  name: string;
  hashtags: string[];
}

const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;

/** The same keys the calendar and Compose read, so a change here refreshes them too. */
export const campaignsKey = (workspaceId: string) => ['workspaces', workspaceId, 'campaigns'] as const;
export const hashtagGroupsKey = (workspaceId: string) => ['workspaces', workspaceId, 'hashtag-groups'] as const;
/** Compose keeps only the enforcement under ['workspaces', id, 'policy']; the settings page reads it whole. */
export const policyKeys = (workspaceId: string) => ({ whole: ['workspaces', workspaceId, 'settings', 'policy'] as const, compose: ['workspaces', workspaceId, 'policy'] as const });
export const linksKey = (workspaceId: string) => ['workspaces', workspaceId, 'settings', 'links'] as const;

export function useCampaignList(workspaceId: string) {
  return useQuery({ queryKey: campaignsKey(workspaceId), queryFn: async () => (await get<Items<Campaign>>(`${base(workspaceId)}/campaigns`)).items });
}

export function useHashtagGroupList(workspaceId: string) {
  return useQuery({ queryKey: hashtagGroupsKey(workspaceId), queryFn: async () => (await get<Items<HashtagGroup>>(`${base(workspaceId)}/hashtag-groups`)).items });
}

export function usePolicy(workspaceId: string) {
  return useQuery({ queryKey: policyKeys(workspaceId).whole, queryFn: () => get<WorkspacePolicy>(`${base(workspaceId)}/policy`) });
}

export function useLinkSettings(workspaceId: string) {
  return useQuery({ queryKey: linksKey(workspaceId), queryFn: () => get<LinkSettings>(`${base(workspaceId)}/links`) });
}
