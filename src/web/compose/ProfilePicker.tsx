import { Badge, Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconClockPause, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Network, Profile } from '../api/types.ts';
import { profileHandle } from '../networks/handle.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { networkOf } from '../networks/queries.ts';

interface Props {
  workspaceId: string;
  profiles: Profile[];
  networks: Network[] | undefined;
  value: string[];
  onChange(ids: string[]): void;
  error?: string | undefined;
}

/** The workspace's profiles as cards to tick: network, name, handle and whether Canopy can post there now. */
export function ProfilePicker({ workspaceId, profiles, networks, value, onChange, error }: Props) {
  const { t } = useTranslation();
  if (profiles.length === 0) {
    return (
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          {t('compose.profiles.none')}
        </Text>
        <Button component={Link} to={`/w/${workspaceId}/settings/profiles`} size="xs" variant="light">
          {t('compose.profiles.connect')}
        </Button>
      </Group>
    );
  }
  return (
    <Checkbox.Group label={t('compose.profiles.label')} description={t('compose.profiles.hint')} value={value} onChange={onChange} error={error}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {profiles.map((profile) => {
          const network = networkOf(networks, profile.network);
          return (
            <Checkbox.Card key={profile.id} value={profile.id} radius="md" p="sm" data-profile-id={profile.id} aria-label={`${network.name} ${profileHandle(profile)}`}>
              <Group wrap="nowrap" gap="sm" align="center">
                <Checkbox.Indicator />
                <NetworkMark network={network} size={28} />
                <Stack gap={0} miw={0} style={{ flex: 1 }}>
                  <Text size="sm" fw={600} truncate>
                    {profile.displayName || profileHandle(profile)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {profileHandle(profile)}
                  </Text>
                  {profile.status === 'needs_reconnect' && (
                    <Badge mt={4} size="xs" color="orange" variant="light" leftSection={<IconPlugConnectedX size={12} aria-hidden />}>
                      {t('compose.profiles.needsReconnect')}
                    </Badge>
                  )}
                  {profile.rateLimitedUntil && (
                    <Badge mt={4} size="xs" color="yellow" variant="light" leftSection={<IconClockPause size={12} aria-hidden />}>
                      {t('compose.profiles.rateLimited')}
                    </Badge>
                  )}
                </Stack>
              </Group>
            </Checkbox.Card>
          );
        })}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
