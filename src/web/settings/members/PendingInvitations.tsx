import { ActionIcon, Badge, Paper, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del } from '../../api/client.ts';
import type { Invitation, WorkspaceOfMe } from '../../api/types.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { problemMessage } from '../../app/problems.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { roleColor } from '../../app/roles.ts';
import { useFormat } from '../../i18n/format.ts';
import { invitationsKey, useInvitations } from './queries.ts';

export function PendingInvitations({ workspace }: { workspace: WorkspaceOfMe }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const invitations = useInvitations(workspace.id, true);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => del(`/api/v1/workspaces/${workspace.id}/invitations/${id}`),
    onSuccess: async () => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: invitationsKey(workspace.id) });
      notifications.show({ color: 'canopy', message: t('members.invitationRevoked') });
    },
    onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
  });

  return (
    <section aria-labelledby="invitations-heading">
      <Title order={2} size="h4" mb="sm" id="invitations-heading">
        {t('members.pendingTitle')}
      </Title>
      <QueryState query={invitations}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('members.noPending')}
            </Text>
          ) : (
            <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing="sm" horizontalSpacing="md">
                  <Table.Thead bg="var(--mantine-color-gray-0)">
                    <Table.Tr>
                      <Table.Th>{t('fields.email')}</Table.Th>
                      <Table.Th>{t('members.columns.role')}</Table.Th>
                      <Table.Th>{t('members.columns.expires')}</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>{t('members.columns.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((inv) => (
                      <Table.Tr key={inv.id}>
                        <Table.Td>
                          <Text size="sm">{inv.email}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge color={roleColor[inv.role]} variant="light">
                            {t(`roles.${inv.role}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{format.dateTime(inv.expiresAt)}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Tooltip label={t('members.revoke')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('members.revokeFor', { email: inv.email })}
                              onClick={() => setRevoking(inv)}
                            >
                              <IconX size={18} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )
        }
      </QueryState>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('members.revokeTitle')}
        message={t('members.revokeConfirm', { email: revoking?.email ?? '' })}
        confirmLabel={t('members.revoke')}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onClose={() => setRevoking(null)}
      />
    </section>
  );
}
