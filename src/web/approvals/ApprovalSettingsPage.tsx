import { Button, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { problemMessage } from '../app/problems.ts';
import { QueryState } from '../app/QueryState.tsx';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { useMembers } from '../settings/members/queries.ts';
import { ApprovalRolesForm } from './ApprovalRolesForm.tsx';
import { useDeleteWorkflow, useWorkflows, type ApprovalWorkflow } from './queries.ts';
import { WorkflowForm } from './WorkflowForm.tsx';
import { WorkflowList } from './WorkflowList.tsx';

/** Who needs approval here, and the workflows their posts may take. */
export function ApprovalSettingsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const workflows = useWorkflows(workspace.id);
  const members = useMembers(workspace.id);
  const remove = useDeleteWorkflow(workspace.id);
  const [editing, setEditing] = useState<ApprovalWorkflow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ApprovalWorkflow | null>(null);

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => setDeleting(null),
      onError: (err) => {
        setDeleting(null);
        notifications.show({ color: 'red', message: problemMessage(t, err) });
      },
    });
  };

  return (
    <>
      <PageHeader
        title={t('nav.approvalSettings')}
        description={t('approvals.workflows.description')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('approvals.workflows.create')}
          </Button>
        }
      />
      <Stack gap="xl" maw={820}>
        <section aria-labelledby="workflows-heading">
          <Title order={2} size="h4" mb="sm" id="workflows-heading">
            {t('approvals.workflows.listTitle')}
          </Title>
          <QueryState query={workflows}>
            {(items) => <WorkflowList workflows={items} members={members.data ?? []} onEdit={setEditing} onDelete={setDeleting} />}
          </QueryState>
        </section>
        <Paper withBorder p="lg" radius="lg" component="section">
          <Text size="sm" c="dimmed" mb="md">
            {t('approvals.settings.description')}
          </Text>
          <ApprovalRolesForm workspaceId={workspace.id} />
        </Paper>
      </Stack>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t(editing === 'new' ? 'approvals.workflows.formTitleNew' : 'approvals.workflows.formTitleEdit')}
        size="lg"
        centered
      >
        {editing !== null && (
          <QueryState query={members}>
            {(list) => (
              <WorkflowForm
                workspaceId={workspace.id}
                workflow={editing === 'new' ? null : editing}
                members={list}
                onDone={() => setEditing(null)}
              />
            )}
          </QueryState>
        )}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('approvals.workflows.deleteTitle')}
        message={t('approvals.workflows.deleteMessage')}
        confirmLabel={t('approvals.workflows.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
