export const roles = [
  'owner',
  'admin',
  'manager',
  'content_creator',
  'analyst',
  'community_manager',
  'paid_specialist',
] as const;
export type Role = (typeof roles)[number];

/** Organization-wide standing: owners and admins reach every workspace with that role. */
export const orgRoles = ['owner', 'admin', 'member'] as const;
export type OrgRole = (typeof orgRoles)[number];

/** The role a person has in a workspace, or null when they may not enter it. */
export function effectiveRole(orgRole: OrgRole, membershipRole: Role | null): Role | null {
  if (orgRole === 'owner') return 'owner';
  if (orgRole === 'admin') return 'admin';
  return membershipRole;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
