import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconKey, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { post } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { problemMessage } from './problems.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join('');
}

/**
 * Ends the session, then loads `to` afresh: a full page load is the sure way to leave nothing of
 * this person's data in memory for whoever uses the browser next.
 */
export function useLogOut(to = '/login') {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: () => post<void>('/api/v1/auth/logout'),
    onSuccess: () => window.location.assign(to),
    onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
  });
}

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const logOut = useLogOut();
  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label', { name: me.user.name })} p={4} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="canopy" radius="xl" size={32}>
              {initials(me.user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" maw={160} truncate>
              {me.user.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings/security" leftSection={<IconShieldLock size={16} aria-hidden />}>
          {t('nav.security')}
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/tokens" leftSection={<IconKey size={16} aria-hidden />}>
          {t('nav.tokens')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => logOut.mutate()} disabled={logOut.isPending}>
          {t('userMenu.logOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
