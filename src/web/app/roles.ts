import { roles, type Role } from '../../core/policies/roles.ts';

export { roles, type Role };

/** Roles this person may hand out: only an owner may grant the owner role. */
export function grantableRoles(myRole: Role): Role[] {
  return roles.filter((r) => r !== 'owner' || myRole === 'owner');
}

/** Badge colours that tell the roles apart at a glance, all quiet next to the accent. */
export const roleColor: Record<Role, string> = {
  owner: 'grape',
  admin: 'indigo',
  manager: 'blue',
  content_creator: 'teal',
  analyst: 'cyan',
  community_manager: 'orange',
  paid_specialist: 'pink',
};
