import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconClockPause, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';

/** Whether Canopy can use the profile now: connected, waiting out a rate limit, or in need of a reconnect. */
export function ProfileStatus({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const needsReconnect = profile.status === 'needs_reconnect';
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap">
        {needsReconnect ? (
          <Badge color="orange" variant="light" leftSection={<IconPlugConnectedX size={14} aria-hidden />} data-testid="profile-status">
            {t('profiles.status.needsReconnect')}
          </Badge>
        ) : (
          <Badge color="canopy" variant="light" leftSection={<IconCircleCheck size={14} aria-hidden />} data-testid="profile-status">
            {t('profiles.status.connected')}
          </Badge>
        )}
        {profile.rateLimitedUntil && (
          <Badge color="yellow" variant="light" leftSection={<IconClockPause size={14} aria-hidden />} tt="none">
            {t('profiles.status.rateLimited', { time: format.dateTime(profile.rateLimitedUntil) })}
          </Badge>
        )}
      </Group>
      {needsReconnect && profile.statusReason && (
        <Text size="xs" c="orange.9">
          {profile.statusReason}
        </Text>
      )}
    </Stack>
  );
}
