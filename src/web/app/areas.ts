import {
  IconBuildingCommunity,
  IconCalendarMonth,
  IconChartBar,
  IconChecklist,
  IconEar,
  IconFileImport,
  IconHash,
  IconHistory,
  IconInbox,
  IconKey,
  IconLink,
  IconMessageCog,
  IconPencilPlus,
  IconPhoto,
  IconPlugConnected,
  IconPlug,
  IconSend,
  IconSettings,
  IconShieldCheck,
  IconShieldLock,
  IconTargetArrow,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { Me, Permission, WorkspaceOfMe } from '../api/types.ts';

export type AreaKey = 'calendar' | 'compose' | 'approvals' | 'media' | 'inbox' | 'reports' | 'listening';
export type WorkspaceSettingKey = 'profiles' | 'workspace' | 'members' | 'audit' | 'approvalSettings' | PlanningSettingKey;
type PlanningSettingKey = 'campaigns' | 'hashtagGroups' | 'policy' | 'links' | 'imports' | 'inboxSettings' | 'handoff';
export type AccountSettingKey = 'organization' | 'networks' | 'security' | 'tokens';

export interface WorkspaceArea<K extends string> {
  key: K;
  /** Path under /w/:workspaceId/. */
  path: string;
  permission: Permission;
  icon: Icon;
}

/** The product's areas, in the order people work through them. */
export const areas: WorkspaceArea<AreaKey>[] = [
  { key: 'calendar', path: 'calendar', permission: 'calendar.read', icon: IconCalendarMonth },
  { key: 'compose', path: 'compose', permission: 'posts.draft', icon: IconPencilPlus },
  { key: 'approvals', path: 'approvals', permission: 'posts.approve', icon: IconChecklist },
  { key: 'media', path: 'media', permission: 'calendar.read', icon: IconPhoto },
  { key: 'inbox', path: 'inbox', permission: 'inbox.read', icon: IconInbox },
  { key: 'reports', path: 'reports', permission: 'reports.read', icon: IconChartBar },
  { key: 'listening', path: 'listening', permission: 'listening.read', icon: IconEar },
];

export const workspaceSettings: WorkspaceArea<WorkspaceSettingKey>[] = [
  { key: 'profiles', path: 'settings/profiles', permission: 'workspace.read', icon: IconPlugConnected },
  { key: 'workspace', path: 'settings/workspace', permission: 'workspace.update', icon: IconSettings },
  { key: 'members', path: 'settings/members', permission: 'members.read', icon: IconUsers },
  { key: 'audit', path: 'settings/audit', permission: 'audit.read', icon: IconHistory },
  { key: 'approvalSettings', path: 'settings/approvals', permission: 'workspace.update', icon: IconChecklist },
  { key: 'campaigns', path: 'settings/campaigns', permission: 'calendar.read', icon: IconTargetArrow },
  { key: 'hashtagGroups', path: 'settings/hashtag-groups', permission: 'calendar.read', icon: IconHash },
  { key: 'policy', path: 'settings/policy', permission: 'workspace.update', icon: IconShieldCheck },
  { key: 'links', path: 'settings/links', permission: 'workspace.update', icon: IconLink },
  { key: 'imports', path: 'settings/import', permission: 'posts.draft', icon: IconFileImport },
  { key: 'inboxSettings', path: 'settings/inbox', permission: 'inbox.read', icon: IconMessageCog },
  { key: 'handoff', path: 'settings/handoff', permission: 'inbox.read', icon: IconSend },
];

/** Organization owners and admins: they run the organization's settings and its network apps. */
export function isOrganizationAdmin(me: Me): boolean {
  return me.organization.role === 'owner' || me.organization.role === 'admin';
}

export interface AccountSetting {
  key: AccountSettingKey;
  path: string;
  icon: Icon;
  visible(me: Me): boolean;
}

export const accountSettings: AccountSetting[] = [
  {
    key: 'organization',
    path: '/settings/organization',
    icon: IconBuildingCommunity,
    visible: isOrganizationAdmin,
  },
  { key: 'networks', path: '/settings/networks', icon: IconPlug, visible: isOrganizationAdmin },
  { key: 'security', path: '/settings/security', icon: IconShieldLock, visible: () => true },
  { key: 'tokens', path: '/settings/tokens', icon: IconKey, visible: () => true },
];

export function may(workspace: WorkspaceOfMe, permission: Permission): boolean {
  return workspace.permissions.includes(permission);
}

/** Where to land in a workspace: the first area this role may open. */
export function firstAreaPath(workspace: WorkspaceOfMe): string {
  const first = [...areas, ...workspaceSettings].find((a) => may(workspace, a.permission));
  return `/w/${workspace.id}/${first?.path ?? 'calendar'}`;
}

export function canCreateWorkspaces(me: Me): boolean {
  return isOrganizationAdmin(me);
}
