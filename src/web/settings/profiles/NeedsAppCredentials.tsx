import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Network } from '../../api/types.ts';
import { isOrganizationAdmin } from '../../app/areas.ts';
import { useSignedInMe } from '../../app/useSignedInMe.ts';

/** An OAuth network nobody has registered Canopy with yet: who can fix that, and where. */
export function NeedsAppCredentials({ network }: { network: Network }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const orgAdmin = isOrganizationAdmin(me);
  return (
    <Alert color="orange" variant="light" icon={<IconKey aria-hidden />} title={t('profiles.connect.needsAppTitle', { network: network.name })} role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('profiles.connect.needsAppText', { network: network.name })}</Text>
        {orgAdmin ? (
          <div>
            <Button component={Link} to={`/settings/networks#${network.id}`} size="xs" variant="light" color="orange">
              {t('profiles.connect.openNetworkSettings')}
            </Button>
          </div>
        ) : (
          <Text size="sm">{t('profiles.connect.askAdmin')}</Text>
        )}
        {network.appCredentialsHelpUrl && (
          <Anchor href={network.appCredentialsHelpUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('networks.helpLink', { network: network.name })} <IconExternalLink size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
