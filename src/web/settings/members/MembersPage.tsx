import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { may } from '../../app/areas.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { InviteMemberForm } from './InviteMemberForm.tsx';
import { MembersTable } from './MembersTable.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';
import { useMembers } from './queries.ts';

export function MembersPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const canManage = may(workspace, 'members.manage');
  const members = useMembers(workspace.id);
  return (
    <>
      <PageHeader title={t('nav.members')} description={t('members.description', { workspace: workspace.name })} />
      <Stack gap="xl">
        {canManage && (
          <Paper withBorder p="lg" radius="lg">
            <Title order={2} size="h4" mb="md">
              {t('members.inviteTitle')}
            </Title>
            <InviteMemberForm workspace={workspace} />
          </Paper>
        )}
        <section aria-labelledby="members-heading">
          <Title order={2} size="h4" mb="sm" id="members-heading">
            {t('members.listTitle')}
          </Title>
          <QueryState query={members}>{(items) => <MembersTable workspace={workspace} members={items} canManage={canManage} />}</QueryState>
        </section>
        {canManage && <PendingInvitations workspace={workspace} />}
      </Stack>
    </>
  );
}
