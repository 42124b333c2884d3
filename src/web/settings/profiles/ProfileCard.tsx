import { Avatar, Badge, Button, Group, Indicator, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarTime, IconPlugConnected, IconServer, IconTrash, IconUsers } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Member, Network, Profile } from '../../api/types.ts';
import { useSignedInMe } from '../../app/useSignedInMe.ts';
import { useFormat, type Formatters } from '../../i18n/format.ts';
import { profileHandle, serverHost } from '../../networks/handle.ts';
import { NetworkMark } from '../../networks/NetworkMark.tsx';
import { ProfileStatus } from './ProfileStatus.tsx';

interface Props {
  profile: Profile;
  network: Pick<Network, 'id' | 'name' | 'color'>;
  /** The workspace's members, when this person may see them; names who may use a restricted profile. */
  members: Member[] | undefined;
  canManage: boolean;
  highlighted: boolean;
  reconnecting: boolean;
  onReconnect(): void;
  onAccess(): void;
  onSlots(): void;
  onRemove(): void;
}

function accessText(t: TFunction, format: Formatters, profile: Profile, members: Member[] | undefined, myId: string): string {
  if (profile.access === 'all') return t('profiles.access.everyone');
  if (profile.memberIds.length === 0) return t('profiles.access.nobody');
  // Someone who may not list the members still knows whether the profile was given to them alone.
  if (!members && profile.memberIds.length === 1 && profile.memberIds[0] === myId) return t('profiles.access.onlyYou');
  if (!members) return t('profiles.access.chosenCount', { number: format.number(profile.memberIds.length) });
  const names = profile.memberIds.map((id) => members.find((m) => m.userId === id)?.name ?? t('profiles.access.formerMember'));
  return t('profiles.access.only', { names: format.list(names) });
}

/** One connected profile: who it is, where it lives, whether it works, who may use it. */
export function ProfileCard({ profile, network, members, canManage, highlighted, reconnecting, onReconnect, onAccess, onSlots, onRemove }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSignedInMe();
  const handle = profileHandle(profile);
  const host = serverHost(profile.serviceUrl);
  // A Mastodon handle names its server already: "@ana@mastodon.social".
  const showServer = host !== null && !handle.endsWith(`@${host}`);
  const needsReconnect = profile.status === 'needs_reconnect';
  const headingId = `profile-${profile.id}`;
  return (
    <Paper
      component="article"
      aria-labelledby={headingId}
      withBorder
      radius="lg"
      p="lg"
      data-testid="profile-card"
      data-profile-id={profile.id}
      style={{
        borderColor: highlighted ? 'var(--mantine-color-canopy-5)' : needsReconnect ? 'var(--mantine-color-orange-3)' : undefined,
        boxShadow: highlighted ? '0 0 0 3px var(--mantine-color-canopy-1)' : undefined,
      }}
    >
      <Stack gap="md" h="100%">
        <Group gap="md" wrap="nowrap" align="flex-start">
          {profile.avatarUrl ? (
            <Indicator inline position="bottom-end" offset={6} size={22} withBorder={false} label={<NetworkMark network={network} size={20} />} styles={{ indicator: { background: 'transparent', padding: 0 } }}>
              <Avatar src={profile.avatarUrl} alt="" size={48} radius="xl" />
            </Indicator>
          ) : (
            <NetworkMark network={network} size={48} />
          )}
          <Stack gap={2} miw={0} style={{ flex: 1 }}>
            <Group gap={8} wrap="nowrap" miw={0}>
              <Text id={headingId} component="h3" fw={650} size="md" truncate>
                {profile.displayName || handle}
              </Text>
              {highlighted && (
                <Badge size="sm" color="canopy" variant="filled" style={{ flexShrink: 0 }}>
                  {t('profiles.justConnected')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" truncate>
              {network.name} · {handle}
            </Text>
            {showServer && (
              <Group gap={4} c="dimmed" wrap="nowrap">
                <IconServer size={14} aria-hidden style={{ flexShrink: 0 }} />
                <Text size="xs" truncate>
                  {t('profiles.server', { host })}
                </Text>
              </Group>
            )}
          </Stack>
        </Group>
        <ProfileStatus profile={profile} />
        <Group gap={6} wrap="nowrap" c="dimmed" align="flex-start">
          <IconUsers size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" data-testid="profile-access">
            {accessText(t, format, profile, members, me.user.id)}
          </Text>
        </Group>
        {canManage && (
          <Group gap="xs" mt="auto" pt={4}>
            <Button
              size="xs"
              variant={needsReconnect ? 'filled' : 'default'}
              color={needsReconnect ? 'orange' : undefined}
              leftSection={<IconPlugConnected size={16} aria-hidden />}
              loading={reconnecting}
              onClick={onReconnect}
              aria-label={t('profiles.reconnectNamed', { handle })}
            >
              {t('profiles.reconnect')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconUsers size={16} aria-hidden />} onClick={onAccess} aria-label={t('profiles.accessNamed', { handle })}>
              {t('profiles.accessButton')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconCalendarTime size={16} aria-hidden />} onClick={onSlots} aria-label={t('posting.slots.buttonNamed', { handle })}>
              {t('posting.slots.button')}
            </Button>
            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onRemove} aria-label={t('profiles.removeNamed', { handle })} ml="auto">
              {t('profiles.remove')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
