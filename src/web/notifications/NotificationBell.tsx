import { ActionIcon, Box, Center, Group, Indicator, Loader, Menu, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { AppNotification } from '../api/types.ts';
import { useFormat } from '../i18n/format.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { networkOf, useNetworks } from '../networks/queries.ts';
import { describeNotification } from './describe.ts';
import { UNREAD_LIMIT, useMarkRead, useRecentNotifications, useUnreadNotifications } from './queries.ts';

function Item({ notification, onOpen }: { notification: AppNotification; onOpen(to: string | null): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const networks = useNetworks();
  const { text, to } = describeNotification(t, format, notification, networks.data);
  const unread = notification.readAt === null;
  const network = notification.params.network;
  return (
    <Menu.Item
      onClick={() => onOpen(to)}
      data-testid="notification"
      data-unread={unread || undefined}
      leftSection={network ? <NetworkMark network={networkOf(networks.data, network)} size={28} /> : undefined}
      rightSection={unread ? <Box w={8} h={8} bg="canopy.6" style={{ borderRadius: 8 }} aria-label={t('notifications.unread')} role="img" /> : undefined}
      styles={{ item: { alignItems: 'flex-start' } }}
    >
      <Stack gap={2}>
        <Text size="sm" fw={unread ? 600 : 400} lineClamp={4}>
          {text}
        </Text>
        <Text size="xs" c="dimmed">
          {format.dateTime(notification.createdAt)}
        </Text>
      </Stack>
    </Menu.Item>
  );
}

/** The bell in the header: how many notifications are unread, and the latest ones in words. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadNotifications();
  const recent = useRecentNotifications(opened);
  const markRead = useMarkRead();
  const count = unread.data?.length ?? 0;
  const countLabel = count >= UNREAD_LIMIT ? `${format.number(UNREAD_LIMIT - 1)}+` : format.number(count);

  function open(n: AppNotification, to: string | null) {
    if (n.readAt === null) markRead.mutate(n.id);
    if (to) void navigate(to);
  }

  return (
    <Menu position="bottom-end" shadow="md" width={380} opened={opened} onChange={setOpened}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size={36}
          aria-label={count ? t('notifications.labelUnread', { number: countLabel }) : t('notifications.label')}
          data-testid="notification-bell"
        >
          <Indicator label={countLabel} size={16} offset={2} disabled={count === 0} color="red" withBorder data-testid="notification-count">
            <IconBell size={22} stroke={1.7} aria-hidden style={{ display: 'block' }} />
          </Indicator>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {recent.isPending ? (
          <Center py="md">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        ) : recent.data && recent.data.length > 0 ? (
          recent.data.map((n) => <Item key={n.id} notification={n} onOpen={(to) => open(n, to)} />)
        ) : (
          <Group justify="center" py="md" px="sm">
            <Text size="sm" c="dimmed">
              {recent.isError ? t('errors.loadFailed') : t('notifications.empty')}
            </Text>
          </Group>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
