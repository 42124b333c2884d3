import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../api/types.ts';
import { fieldProblems } from '../../app/problems.ts';
import { serverExample } from '../../networks/connect-kind.ts';
import { ConnectError } from './ConnectError.tsx';
import { isHttpUrl, withScheme } from './credential-fields.ts';
import { useStartOAuth } from './queries.ts';

interface Props {
  workspaceId: string;
  network: Network;
  prefill: Record<string, string>;
}

/** Networks hosted anywhere (Mastodon): the person's server first, then that server's sign-in page. */
export function ServerConnectForm({ workspaceId, network, prefill }: Props) {
  const { t } = useTranslation();
  const start = useStartOAuth(workspaceId);
  const example = serverExample(network);
  const form = useForm({
    initialValues: { service: prefill.service ?? '' },
    validate: { service: (v: string) => (!v.trim() ? t('validation.required') : isHttpUrl(withScheme(v)) ? null : t('profiles.connect.invalidUrl', { example })) },
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        start.mutate(
          { network: network.id, service: withScheme(v.service) },
          { onError: (err) => form.setErrors({ service: fieldProblems(err, ['service'] as const).service }) },
        ),
      )}
      noValidate
    >
      <Stack gap="md">
        <Text size="sm">{t('profiles.connect.serverIntro', { network: network.name })}</Text>
        <TextInput
          label={t('profiles.connect.server', { network: network.name })}
          description={t('profiles.connect.serverHelp', { example: new URL(example).host })}
          placeholder={example}
          required
          autoComplete="url"
          spellCheck={false}
          autoCapitalize="none"
          data-autofocus
          {...form.getInputProps('service')}
        />
        <ConnectError networkName={network.name} error={start.error} fields={['service']} />
        <Group justify="flex-end">
          <Button type="submit" loading={start.isPending || start.isSuccess}>
            {t('profiles.connect.continue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
