import { ActionIcon, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { may } from '../../app/areas.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { problemMessage } from '../../app/problems.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { useDeleteSavedReply, useSavedReplies, type SavedReply } from '../../inbox/team-queries.ts';
import { SavedReplyForm } from './SavedReplyForm.tsx';

/** The replies the team sends often, picked from the reply box. */
export function SavedRepliesSection() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const replies = useSavedReplies(workspace.id);
  const mayEdit = may(workspace, 'inbox.reply');
  const remove = useDeleteSavedReply(workspace.id);
  const [editing, setEditing] = useState<SavedReply | 'new' | null>(null);
  const [removing, setRemoving] = useState<SavedReply | null>(null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="inbox-settings-saved">
      <Group justify="space-between">
        <div>
          <Title order={2} size="h4" id="inbox-settings-saved">
            {t('inboxSettings.saved.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('inboxSettings.saved.hint', { name: '{name}', handle: '{handle}', interpolation: { escapeValue: false } })}
          </Text>
        </div>
        {mayEdit && (
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('inboxSettings.saved.create')}
          </Button>
        )}
      </Group>
      <QueryState query={replies}>
        {(items) =>
          items.length === 0 ? (
            <Paper withBorder p="xl" radius="lg">
              <Text c="dimmed" ta="center">
                {t('inboxSettings.saved.empty')}
              </Text>
            </Paper>
          ) : (
            <Paper withBorder radius="lg">
              <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {items.map((reply, i) => (
                  <Group
                    key={reply.id}
                    component="li"
                    justify="space-between"
                    align="flex-start"
                    wrap="nowrap"
                    p="md"
                    data-saved-reply={reply.id}
                    style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
                  >
                    <Stack gap={2} miw={0}>
                      <Text fw={600}>{reply.name}</Text>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {reply.body}
                      </Text>
                    </Stack>
                    {mayEdit && (
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('planning.edit')} withArrow>
                          <ActionIcon variant="subtle" color="gray" aria-label={t('planning.editNamed', { name: reply.name })} onClick={() => setEditing(reply)}>
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('planning.delete')} withArrow>
                          <ActionIcon variant="subtle" color="red" aria-label={t('planning.deleteNamed', { name: reply.name })} onClick={() => setRemoving(reply)}>
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    )}
                  </Group>
                ))}
              </Stack>
            </Paper>
          )
        }
      </QueryState>
      {editing && <SavedReplyForm key={editing === 'new' ? 'new' : editing.id} workspaceId={workspace.id} reply={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={removing !== null}
        title={t('inboxSettings.saved.deleteTitle')}
        message={t('inboxSettings.saved.deleteMessage', { name: removing?.name ?? '' })}
        confirmLabel={t('planning.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => setRemoving(null),
            onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
          })
        }
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
