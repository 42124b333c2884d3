import { Blockquote, Button, EmptyState, Group, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { lastWorkspace } from '../../app/last-workspace.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { useSignedInMe } from '../../app/useSignedInMe.ts';
import { NetworkMark } from '../../networks/NetworkMark.tsx';
import { networkOf, useNetworks } from '../../networks/queries.ts';

/**
 * Where a network's sign-in page sends the person back to when connecting failed: the network's
 * own words (or Canopy's), and the way back to try again.
 */
export function ConnectionFailedPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [params] = useSearchParams();
  const networks = useNetworks();
  const networkId = params.get('network') ?? '';
  const message = params.get('message')?.trim();
  const network = networkOf(networks.data, networkId);
  const workspace = lastWorkspace(me);
  const profilesPath = workspace ? `/w/${workspace.id}/settings/profiles` : '/';
  const title = networkId ? t('connectionFailed.title', { network: network.name }) : t('connectionFailed.titleGeneric');
  usePageTitle(title);
  return (
    <EmptyState mt={48} size="lg" variant="light" color="red" data-testid="connection-failed">
      <EmptyState.Indicator>{networkId ? <NetworkMark network={network} size={40} /> : <IconPlugConnectedX size={32} aria-hidden />}</EmptyState.Indicator>
      <EmptyState.Title order={1}>{title}</EmptyState.Title>
      <EmptyState.Description>
        <Text size="sm" mb="md">
          {t('connectionFailed.text')}
        </Text>
        {message && (
          <Blockquote color="red" p="md" ta="start" fz="sm" c="var(--mantine-color-text)" cite={t('connectionFailed.details')}>
            {message}
          </Blockquote>
        )}
      </EmptyState.Description>
      <EmptyState.Actions>
        <Group gap="sm" justify="center">
          {workspace && networkId && (
            <Button component={Link} to={`${profilesPath}?connect=${encodeURIComponent(networkId)}`}>
              {t('connectionFailed.tryAgain')}
            </Button>
          )}
          <Button component={Link} to={profilesPath} variant="light">
            {t('connectionFailed.back')}
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
