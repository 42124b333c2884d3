import type { Role } from './roles.ts';

/**
 * Who may do what in a workspace. This table is the one place permissions live: the API guard
 * checks every route against it, the web app hides what it denies, and the README prints it.
 */
export const permissionTable = {
  'workspace.read': ['owner', 'admin', 'manager', 'content_creator', 'analyst', 'community_manager', 'paid_specialist'],
  'workspace.update': ['owner', 'admin'],
  'members.read': ['owner', 'admin', 'manager'],
  'members.manage': ['owner', 'admin'],
  'audit.read': ['owner', 'admin'],
  'profiles.manage': ['owner', 'admin', 'manager'],
  'calendar.read': ['owner', 'admin', 'manager', 'content_creator', 'community_manager', 'paid_specialist'],
  'posts.draft': ['owner', 'admin', 'manager', 'content_creator', 'paid_specialist'],
  'posts.publish_unapproved': ['owner', 'admin', 'manager'],
  'posts.approve': ['owner', 'admin', 'manager'],
  'publishing.pause': ['owner', 'admin', 'manager'],
  'inbox.read': ['owner', 'admin', 'manager', 'community_manager'],
  'inbox.reply': ['owner', 'admin', 'manager', 'community_manager'],
  'inbox.assign': ['owner', 'admin', 'manager', 'community_manager'],
  'teams.manage': ['owner', 'admin', 'manager'],
  'reports.read': ['owner', 'admin', 'manager', 'analyst', 'paid_specialist'],
  'reports.manage': ['owner', 'admin', 'manager', 'analyst'],
  'listening.read': ['owner', 'admin', 'manager', 'analyst', 'community_manager'],
  'ads.manage': ['owner', 'admin', 'paid_specialist'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;
export const permissions = Object.keys(permissionTable) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (permissionTable[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return permissions.filter((p) => can(role, p));
}

/** Organization-wide actions, decided by the person's standing in the organization. */
export const organizationPermissionTable = {
  'organization.read': ['owner', 'admin', 'member'],
  'organization.update': ['owner', 'admin'],
  'organization.security': ['owner'],
  'organization.audit': ['owner', 'admin'],
  'workspaces.create': ['owner', 'admin'],
} as const;

export type OrganizationPermission = keyof typeof organizationPermissionTable;
