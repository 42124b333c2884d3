import { Loader, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../app/problems.ts';
import { useAssignItem, type InboxItem } from './queries.ts';
import { useTeamName, useTeams } from './team-queries.ts';

const NO_TEAM = 'none';

/** Which team works the item: customer care, sales, one of the workspace's own, or none. */
export function TeamControl({ workspaceId, item }: { workspaceId: string; item: InboxItem }) {
  const { t } = useTranslation();
  const teams = useTeams(workspaceId);
  const teamName = useTeamName();
  const assign = useAssignItem(workspaceId, item.id);
  const options = [{ value: NO_TEAM, label: t('inbox.team.none') }, ...(teams.data ?? []).map((team) => ({ value: team.id, label: teamName(team) }))];

  function choose(value: string | null) {
    const teamId = !value || value === NO_TEAM ? null : value;
    if (teamId === item.teamId) return;
    const team = teams.data?.find((x) => x.id === teamId);
    assign.mutate(
      { teamId },
      {
        onSuccess: () => notifications.show({ color: 'canopy', message: team ? t('inbox.team.given', { team: teamName(team) }) : t('inbox.team.taken') }),
        onError: (err) => notifications.show({ color: 'red', title: t('inbox.assignFailed'), message: problemMessage(t, err) }),
      },
    );
  }

  return (
    <Select
      size="sm"
      w={{ base: '100%', xs: 200 }}
      label={t('inbox.team.label')}
      data={options}
      value={item.teamId ?? NO_TEAM}
      onChange={choose}
      allowDeselect={false}
      leftSection={<IconUsersGroup size={16} aria-hidden />}
      rightSection={assign.isPending ? <Loader size={14} aria-label={t('common.loading')} /> : undefined}
    />
  );
}
