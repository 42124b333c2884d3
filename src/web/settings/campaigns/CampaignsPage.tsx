import { ActionIcon, Badge, Button, ColorSwatch, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del } from '../../api/client.ts';
import { may } from '../../app/areas.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { problemMessage } from '../../app/problems.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { campaignsKey, useCampaignList, type Campaign } from '../../planning/queries.ts';
import { CampaignForm } from './CampaignForm.tsx';

export function CampaignsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const campaigns = useCampaignList(workspace.id);
  const mayEdit = may(workspace, 'posts.draft');
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  const [removing, setRemoving] = useState<Campaign | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => del(`/api/v1/workspaces/${workspace.id}/campaigns/${id}`),
    onSuccess: async () => {
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: campaignsKey(workspace.id) });
    },
    onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
  });
  return (
    <>
      <PageHeader
        title={t('nav.campaigns')}
        description={t('planning.campaigns.description')}
        actions={
          mayEdit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('planning.campaigns.create')}
            </Button>
          )
        }
      />
      <QueryState query={campaigns}>
        {(items) =>
          items.length === 0 ? (
            <Paper withBorder p="xl" radius="lg">
              <Text c="dimmed" ta="center">
                {t('planning.campaigns.empty')}
              </Text>
            </Paper>
          ) : (
            <Paper withBorder radius="lg">
              <Table verticalSpacing="sm" horizontalSpacing="md">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('planning.campaigns.name')}</Table.Th>
                    <Table.Th>{t('planning.campaigns.utmTitle')}</Table.Th>
                    {mayEdit && <Table.Th w={100} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Group gap="sm" wrap="nowrap">
                          <ColorSwatch color={c.color.startsWith('#') ? c.color : `var(--mantine-color-${c.color}-6)`} size={16} aria-hidden />
                          <Text fw={500}>{c.name}</Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          {Object.entries(c.utm).map(([key, value]) => (
                            <Badge key={key} variant="light" color="gray" tt="none">
                              utm_{key}={value}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      {mayEdit && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap" justify="flex-end">
                            <Tooltip label={t('planning.edit')} withArrow>
                              <ActionIcon variant="subtle" color="gray" aria-label={t('planning.editNamed', { name: c.name })} onClick={() => setEditing(c)}>
                                <IconPencil size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t('planning.delete')} withArrow>
                              <ActionIcon variant="subtle" color="red" aria-label={t('planning.deleteNamed', { name: c.name })} onClick={() => setRemoving(c)}>
                                <IconTrash size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )
        }
      </QueryState>
      {editing && <CampaignForm key={editing === 'new' ? 'new' : editing.id} workspaceId={workspace.id} campaign={editing === 'new' ? null : editing} opened onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={removing !== null}
        title={t('planning.campaigns.deleteTitle')}
        message={t('planning.campaigns.deleteMessage', { name: removing?.name ?? '' })}
        confirmLabel={t('planning.delete')}
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing.id)}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
