import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../api/types.ts';
import { handleFirstNetworks, handleInput, usesAppPassword } from '../../networks/connect-kind.ts';
import { ConnectError } from './ConnectError.tsx';
import { useStartOAuth } from './queries.ts';

interface Props {
  workspaceId: string;
  network: Network;
  prefill: Record<string, string>;
  /** Offered when signing in cannot start, for networks that also take credentials. */
  onUseCredentials?: (() => void) | undefined;
}

/**
 * Networks whose sign-in starts from the account (Bluesky): the person's handle, then the sign-in
 * page of the server their account lives on. Canopy never sees their password.
 */
export function HandleConnectForm({ workspaceId, network, prefill, onUseCredentials }: Props) {
  const { t } = useTranslation();
  const start = useStartOAuth(workspaceId);
  const example = handleFirstNetworks[network.id]?.example ?? 'alice.example.com';
  const form = useForm({
    initialValues: { handle: prefill.handle ?? prefill.identifier ?? '' },
    validate: { handle: (v: string) => (!v.trim() ? t('validation.required') : handleInput(v) ? null : t('profiles.connect.invalidHandle', { example })) },
  });
  return (
    <form onSubmit={form.onSubmit((v) => start.mutate({ network: network.id, handle: handleInput(v.handle) }))} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('profiles.connect.handleIntro', { network: network.name })}</Text>
        <TextInput
          label={t('profiles.connect.handle', { network: network.name })}
          description={t('profiles.connect.handleHelp', { example })}
          placeholder={example}
          required
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          data-autofocus
          {...form.getInputProps('handle')}
        />
        <ConnectError networkName={network.name} error={start.error} />
        {start.isError && onUseCredentials && (
          <div>
            <Button variant="light" size="xs" onClick={onUseCredentials}>
              {usesAppPassword(network) ? t('profiles.connect.insteadAppPassword') : t('profiles.connect.insteadCredentials')}
            </Button>
          </div>
        )}
        <Group justify="flex-end">
          <Button type="submit" rightSection={<IconExternalLink size={16} aria-hidden />} loading={start.isPending || start.isSuccess}>
            {t('profiles.connect.continue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
