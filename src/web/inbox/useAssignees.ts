import { useTranslation } from 'react-i18next';
import { can } from '../../core/policies/permissions.ts';
import { may } from '../app/areas.ts';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { useMembers } from '../settings/members/queries.ts';

export interface Assignee {
  userId: string;
  name: string;
}

/**
 * Who an item can be given to (members who may work the inbox, me first) and a name for any
 * assignee. Someone who may not list the members can still take an item or let it go.
 */
export function useAssignees(): { assignable: Assignee[]; nameOf(userId: string): string } {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const workspace = useWorkspace();
  const members = useMembers(workspace.id, may(workspace, 'members.read'));
  const others = (members.data ?? []).filter((m) => m.userId !== me.user.id && can(m.role, 'inbox.read'));
  const assignable = [{ userId: me.user.id, name: t('inbox.you', { name: me.user.name }) }, ...others.map((m) => ({ userId: m.userId, name: m.name }))];
  return {
    assignable,
    nameOf: (userId) => (userId === me.user.id ? me.user.name : members.data?.find((m) => m.userId === userId)?.name ?? t('inbox.teammate')),
  };
}
