import { Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import { IconUser, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { networkOf, useNetworks } from '../networks/queries.ts';
import classes from './Inbox.module.css';
import { GuardedText } from './GuardedText.tsx';
import { sentimentLook } from './item-look.ts';
import { KindBadge, StatusBadge, TaskBadge } from './ItemBadges.tsx';
import type { InboxItem } from './queries.ts';
import { RelativeTime } from './RelativeTime.tsx';

interface Props {
  item: InboxItem;
  selected: boolean;
  /** The one row Tab lands on: the selected one, or the first. */
  tabbable: boolean;
  assigneeName: string | null;
  teamName: string | null;
  onSelect(): void;
}

/** One item in the stream: who, where, what kind, a line or two of it, and who owns it. */
export function StreamRow({ item, selected, tabbable, assigneeName, teamName, onSelect }: Props) {
  const { t } = useTranslation();
  const networks = useNetworks();
  const network = networkOf(networks.data, item.network);
  return (
    <li
      id={`inbox-item-${item.id}`}
      role="option"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-item-id={item.id}
      className={`${classes.row} ${item.status === 'done' ? classes.done : ''}`}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect();
        }
      }}
    >
      <Avatar src={item.author.avatarUrl} name={item.author.name || item.author.handle} color="initials" radius="xl" size={36} alt="" />
      <Stack gap={4} miw={0} style={{ flex: 1 }}>
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap" miw={0}>
            <NetworkMark network={network} size={16} labelled />
            <span
              className={classes.toneDot}
              style={{ background: `var(--mantine-color-${sentimentLook[item.sentiment].color}-6)` }}
              role="img"
              aria-label={t(`inbox.tone.${item.sentiment}`)}
              title={t(`inbox.tone.${item.sentiment}`)}
              data-sentiment={item.sentiment}
            />
            <Text size="sm" fw={600} truncate>
              {item.author.name || item.author.handle}
            </Text>
          </Group>
          <RelativeTime iso={item.sentAt} />
        </Group>
        <GuardedText item={item} compact />
        <Group gap={4} wrap="wrap">
          <KindBadge kind={item.kind} />
          <StatusBadge status={item.status} />
          {item.task && <TaskBadge task={item.task} />}
          {teamName && (
            <Badge size="sm" variant="outline" color="indigo" tt="none" leftSection={<IconUsersGroup size={12} aria-hidden />} data-team>
              {teamName}
            </Badge>
          )}
          {assigneeName && (
            <Badge size="sm" variant="default" tt="none" leftSection={<IconUser size={12} aria-hidden />}>
              {assigneeName}
            </Badge>
          )}
          {item.tags.map((tag) => (
            <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
              #{tag}
            </Badge>
          ))}
        </Group>
      </Stack>
    </li>
  );
}
