import { Accordion, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { Network } from '../../api/types.ts';
import { isOrganizationAdmin } from '../../app/areas.ts';
import { NoAccess } from '../../app/NoAccess.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { useSignedInMe } from '../../app/useSignedInMe.ts';
import { takesAppCredentials } from '../../networks/connect-kind.ts';
import { NetworkMark } from '../../networks/NetworkMark.tsx';
import { useNetworks } from '../../networks/queries.ts';
import { NetworkAppForm } from './NetworkAppForm.tsx';

function SourceBadge({ source }: { source: Network['appCredentials'] }) {
  const { t } = useTranslation();
  if (source === 'organization') {
    return (
      <Badge color="canopy" variant="light" data-testid="app-source">
        {t('networkSettings.source.organization')}
      </Badge>
    );
  }
  if (source === 'environment') {
    return (
      <Badge color="blue" variant="light" data-testid="app-source">
        {t('networkSettings.source.environment')}
      </Badge>
    );
  }
  return (
    <Badge color="orange" variant="light" data-testid="app-source">
      {t('networkSettings.source.none')}
    </Badge>
  );
}

function sourceText(t: TFunction, network: Network): string {
  if (network.appCredentials === 'organization') return t('networkSettings.sourceText.organization');
  if (network.appCredentials === 'environment') return t('networkSettings.sourceText.environment', { variable: `NETWORK_${network.id.toUpperCase()}_CLIENT_ID` });
  return t('networkSettings.sourceText.none', { network: network.name });
}

function NetworkApps({ networks }: { networks: Network[] }) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const oauth = networks.filter(takesAppCredentials);
  const others = networks.filter((n) => !takesAppCredentials(n) && !n.unavailable);
  const opened = hash.slice(1);
  return (
    <Stack gap="xl">
      <Accordion
        variant="separated"
        radius="lg"
        defaultValue={oauth.some((n) => n.id === opened) ? opened : null}
        styles={{ item: { background: 'var(--mantine-color-body)', border: '1px solid var(--mantine-color-gray-3)' } }}
      >
        {oauth.map((n) => (
          <Accordion.Item key={n.id} value={n.id} id={n.id} data-testid={`network-app-${n.id}`}>
            <Accordion.Control>
              <Group gap="md" wrap="nowrap">
                <NetworkMark network={n} size={32} />
                <Text fw={600} style={{ flex: 1 }}>
                  {n.name}
                </Text>
                <SourceBadge source={n.appCredentials} />
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md" maw={560}>
                <Text size="sm" c="dimmed">
                  {sourceText(t, n)}
                </Text>
                {n.appCredentialsHelpUrl && (
                  <Anchor href={n.appCredentialsHelpUrl} target="_blank" rel="noopener noreferrer" size="sm">
                    {t('networks.helpLink', { network: n.name })} <IconExternalLink size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
                  </Anchor>
                )}
                <NetworkAppForm network={n} />
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Paper withBorder radius="lg" p="lg">
        <Title order={2} size="h5" mb="xs">
          {t('networkSettings.nothingToSetTitle')}
        </Title>
        <Stack gap={6}>
          {others.map((n) => (
            <Group key={n.id} gap="sm" wrap="nowrap">
              <NetworkMark network={n} size={24} />
              <Text size="sm">
                <Text span fw={600}>
                  {n.name}
                </Text>
                {' — '}
                {n.registersPerServer ? t('networkSettings.perServer') : t('networkSettings.perProfile')}
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}

/** Settings → Networks: the organization's own app registrations for the networks that need one. */
export function NetworksPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const networks = useNetworks();
  if (!isOrganizationAdmin(me)) return <NoAccess />;
  return (
    <>
      <PageHeader title={t('nav.networks')} description={t('networkSettings.description')} />
      <QueryState query={networks}>{(items) => <NetworkApps networks={items} />}</QueryState>
    </>
  );
}
