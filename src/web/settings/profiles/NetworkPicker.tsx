import { Badge, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../api/types.ts';
import { Capabilities } from '../../networks/Capabilities.tsx';
import { connectKind, usesAppPassword, type ConnectKind } from '../../networks/connect-kind.ts';
import { NetworkMark } from '../../networks/NetworkMark.tsx';
import { unavailableReason } from '../../networks/unavailable-reason.ts';
import classes from './NetworkPicker.module.css';

function howItConnects(t: TFunction, network: Network, kind: ConnectKind): string {
  if (kind === 'credentials') return usesAppPassword(network) ? t('networks.auth.appPassword') : t('networks.auth.credentials');
  if (kind === 'server') return t('networks.auth.server', { network: network.name });
  if (kind === 'choice' && usesAppPassword(network)) return t('networks.auth.oauthOrAppPassword', { network: network.name });
  return t('networks.auth.oauth', { network: network.name });
}

function Option({ network, onPick }: { network: Network; onPick(): void }) {
  const { t } = useTranslation();
  const kind = connectKind(network);
  const body = (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <NetworkMark network={network} size={40} dimmed={kind === 'unavailable'} />
      <Stack gap={4} miw={0} style={{ flex: 1 }} id={`network-${network.id}-details`}>
        <Group gap={8} wrap="wrap">
          <Text fw={600} size="sm">
            {network.name}
          </Text>
          {kind === 'needs_app' && (
            <Badge size="xs" color="orange" variant="light">
              {t('networks.needsAppCredentials')}
            </Badge>
          )}
          {kind === 'unavailable' && (
            <Badge size="xs" color="gray" variant="light">
              {t('networks.unavailable')}
            </Badge>
          )}
        </Group>
        {kind === 'unavailable' ? (
          <Text size="xs" c="dimmed">
            {unavailableReason(t, network)}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {howItConnects(t, network, kind)}
            </Text>
            <Capabilities capabilities={network.capabilities} />
          </>
        )}
      </Stack>
      {kind !== 'unavailable' && <IconChevronRight size={18} aria-hidden style={{ alignSelf: 'center', flexShrink: 0 }} />}
    </Group>
  );
  if (kind === 'unavailable') {
    return (
      <div className={classes.option} aria-disabled="true" data-network-option={network.id}>
        {body}
      </div>
    );
  }
  return (
    <UnstyledButton className={classes.option} onClick={onPick} data-network-option={network.id} aria-label={t('profiles.connect.pick', { network: network.name })} aria-describedby={`network-${network.id}-details`}>
      {body}
    </UnstyledButton>
  );
}

/** Every network Canopy knows, each with how it connects and what Canopy can do there. */
export function NetworkPicker({ networks, onPick }: { networks: Network[]; onPick(network: Network): void }) {
  // Networks that cannot be used go last, so the list starts with what can be done.
  const sorted = [...networks].sort((a, b) => Number(connectKind(a) === 'unavailable') - Number(connectKind(b) === 'unavailable'));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" role="list">
      {sorted.map((n) => (
        <div role="listitem" key={n.id} style={{ display: 'flex' }}>
          <Option network={n} onPick={() => onPick(n)} />
        </div>
      ))}
    </SimpleGrid>
  );
}
