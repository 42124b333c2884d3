import { Button, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../api/types.ts';
import { ConnectError } from './ConnectError.tsx';
import { useStartOAuth } from './queries.ts';

/** Networks with their own sign-in page: Canopy sends the person there, and the network sends them back. */
export function OAuthConnectStep({ workspaceId, network }: { workspaceId: string; network: Network }) {
  const { t } = useTranslation();
  const start = useStartOAuth(workspaceId);
  return (
    <Stack gap="md">
      <Text size="sm">{t('profiles.connect.oauthIntro', { network: network.name })}</Text>
      <ConnectError networkName={network.name} error={start.error} />
      <Group justify="flex-end">
        <Button
          rightSection={<IconExternalLink size={16} aria-hidden />}
          loading={start.isPending || start.isSuccess}
          onClick={() => start.mutate({ network: network.id })}
          data-autofocus
        >
          {t('profiles.connect.continueTo', { network: network.name })}
        </Button>
      </Group>
    </Stack>
  );
}
