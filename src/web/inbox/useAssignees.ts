import { useTranslation } from 'react-i18next';
import type { Assignee } from '../../core/inbox/inbox-assignees.ts';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { useInboxAssignees } from './queries.ts';

export type { Assignee };

/** Who an item can be given to (members who may work the inbox, me first) and a name for any assignee. */
export function useAssignees(): { assignable: Assignee[]; nameOf(userId: string): string } {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const workspace = useWorkspace();
  const members = useInboxAssignees(workspace.id).data?.items ?? [];
  const others = members.filter((m) => m.userId !== me.user.id);
  const assignable = [{ userId: me.user.id, name: t('inbox.you', { name: me.user.name }) }, ...others];
  return {
    assignable,
    nameOf: (userId) => (userId === me.user.id ? me.user.name : (members.find((m) => m.userId === userId)?.name ?? t('inbox.teammate'))),
  };
}
