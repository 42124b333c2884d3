import { ActionIcon, Avatar, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { may } from '../../app/areas.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { problemMessage } from '../../app/problems.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { useDeleteTeam, useTeamName, useTeams, type Team } from '../../inbox/team-queries.ts';
import { useAssignees } from '../../inbox/useAssignees.ts';
import { TeamForm } from './TeamForm.tsx';

/** Customer care, sales and the workspace's own teams, with their members. */
export function TeamsSection() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const teams = useTeams(workspace.id);
  const teamName = useTeamName();
  const { nameOf } = useAssignees();
  const mayManage = may(workspace, 'teams.manage');
  const remove = useDeleteTeam(workspace.id);
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [removing, setRemoving] = useState<Team | null>(null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="inbox-settings-teams">
      <Group justify="space-between">
        <div>
          <Title order={2} size="h4" id="inbox-settings-teams">
            {t('inboxSettings.teams.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('inboxSettings.teams.description')}
          </Text>
        </div>
        {mayManage && (
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('inboxSettings.teams.create')}
          </Button>
        )}
      </Group>
      <QueryState query={teams}>
        {(items) => (
          <Paper withBorder radius="lg">
            <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {items.map((team, i) => (
                <Group
                  key={team.id}
                  component="li"
                  justify="space-between"
                  wrap="nowrap"
                  p="md"
                  data-team={team.id}
                  style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
                >
                  <Stack gap={4} miw={0}>
                    <Group gap="xs">
                      <Text fw={600}>{teamName(team)}</Text>
                      {team.kind !== 'custom' && (
                        <Badge size="xs" variant="light" color="gray" tt="none">
                          {t('inboxSettings.teams.builtIn')}
                        </Badge>
                      )}
                    </Group>
                    {team.memberIds.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('inboxSettings.teams.noMembers')}
                      </Text>
                    ) : (
                      <Group gap={6}>
                        {team.memberIds.map((id) => (
                          <Badge key={id} variant="default" tt="none" leftSection={<Avatar size={14} name={nameOf(id)} color="initials" alt="" />}>
                            {nameOf(id)}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Stack>
                  {mayManage && (
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('inboxSettings.teams.edit')} withArrow>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('inboxSettings.teams.editNamed', { name: teamName(team) })} onClick={() => setEditing(team)}>
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      {team.kind === 'custom' && (
                        <Tooltip label={t('planning.delete')} withArrow>
                          <ActionIcon variant="subtle" color="red" aria-label={t('planning.deleteNamed', { name: teamName(team) })} onClick={() => setRemoving(team)}>
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  )}
                </Group>
              ))}
            </Stack>
          </Paper>
        )}
      </QueryState>
      {editing && <TeamForm key={editing === 'new' ? 'new' : editing.id} workspaceId={workspace.id} team={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={removing !== null}
        title={t('inboxSettings.teams.deleteTitle')}
        message={t('inboxSettings.teams.deleteMessage', { name: removing ? teamName(removing) : '' })}
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
