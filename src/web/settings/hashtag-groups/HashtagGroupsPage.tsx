import { ActionIcon, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
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
import { useFormat } from '../../i18n/format.ts';
import { hashtagGroupsKey, useHashtagGroupList, type HashtagGroup } from '../../planning/queries.ts';
import { HashtagGroupForm, MAX_HASHTAGS } from './HashtagGroupForm.tsx';

export function HashtagGroupsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const groups = useHashtagGroupList(workspace.id);
  const mayEdit = may(workspace, 'posts.draft');
  const [editing, setEditing] = useState<HashtagGroup | 'new' | null>(null);
  const [removing, setRemoving] = useState<HashtagGroup | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => del(`/api/v1/workspaces/${workspace.id}/hashtag-groups/${id}`),
    onSuccess: async () => {
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: hashtagGroupsKey(workspace.id) });
    },
    onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
  });
  return (
    <>
      <PageHeader
        title={t('nav.hashtagGroups')}
        description={t('planning.hashtags.description')}
        actions={
          mayEdit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('planning.hashtags.create')}
            </Button>
          )
        }
      />
      <QueryState query={groups}>
        {(items) =>
          items.length === 0 ? (
            <Paper withBorder p="xl" radius="lg">
              <Text c="dimmed" ta="center">
                {t('planning.hashtags.empty')}
              </Text>
            </Paper>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {items.map((g) => (
                <Paper key={g.id} withBorder p="md" radius="lg">
                  <Stack gap="sm">
                    <Group justify="space-between" wrap="nowrap">
                      <div>
                        <Text fw={600}>{g.name}</Text>
                        <Text size="xs" c="dimmed">
                          {t('planning.hashtags.count', { shown: format.number(g.hashtags.length), max: format.number(MAX_HASHTAGS) })}
                        </Text>
                      </div>
                      {mayEdit && (
                        <Group gap={4} wrap="nowrap">
                          <Tooltip label={t('planning.edit')} withArrow>
                            <ActionIcon variant="subtle" color="gray" aria-label={t('planning.editNamed', { name: g.name })} onClick={() => setEditing(g)}>
                              <IconPencil size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('planning.delete')} withArrow>
                            <ActionIcon variant="subtle" color="red" aria-label={t('planning.deleteNamed', { name: g.name })} onClick={() => setRemoving(g)}>
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      )}
                    </Group>
                    <Group gap={6}>
                      {g.hashtags.map((tag) => (
                        <Badge key={tag} variant="light" tt="none">
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      {editing && <HashtagGroupForm key={editing === 'new' ? 'new' : editing.id} workspaceId={workspace.id} group={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={removing !== null}
        title={t('planning.hashtags.deleteTitle')}
        message={t('planning.hashtags.deleteMessage', { name: removing?.name ?? '' })}
        confirmLabel={t('planning.delete')}
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing.id)}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
