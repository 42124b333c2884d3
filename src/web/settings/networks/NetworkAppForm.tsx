import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { put } from '../../api/client.ts';
import type { Network } from '../../api/types.ts';
import { FormError } from '../../app/FormError.tsx';
import { fieldProblems } from '../../app/problems.ts';
import { useValidators } from '../../app/useValidators.ts';
import { networksKey } from '../../networks/queries.ts';

const limits = { clientId: 500, clientSecret: 2000 } as const;

/**
 * The organization's app credentials for one network. The secret is write-only: the API never
 * sends it back, so the field starts empty every time.
 */
export function NetworkAppForm({ network }: { network: Network }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rules = useValidators();
  const form = useForm({
    initialValues: { clientId: '', clientSecret: '' },
    validate: {
      clientId: rules.text(limits.clientId),
      clientSecret: (v: string) => (v.length > limits.clientSecret ? t('validation.tooLong', { max: limits.clientSecret }) : null),
    },
  });
  const save = useMutation({
    mutationFn: (v: { clientId: string; clientSecret: string }) =>
      put<void>(`/api/v1/organization/networks/${network.id}`, { clientId: v.clientId.trim(), ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}) }),
    onSuccess: async () => {
      form.reset();
      notifications.show({ color: 'canopy', message: t('networkSettings.saved', { network: network.name }) });
      await queryClient.invalidateQueries({ queryKey: networksKey });
    },
    onError: (err) => form.setErrors(fieldProblems(err, ['clientId', 'clientSecret'] as const)),
  });
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('networkSettings.clientId')}
          required
          autoComplete="off"
          spellCheck={false}
          description={network.appCredentials ? t('networkSettings.clientIdReplace') : undefined}
          {...form.getInputProps('clientId')}
        />
        <PasswordInput
          label={t('networkSettings.clientSecret')}
          description={t('networkSettings.clientSecretHelp')}
          autoComplete="new-password"
          {...form.getInputProps('clientSecret')}
        />
        <FormError error={save.error} fields={['clientId', 'clientSecret']} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('networkSettings.save', { network: network.name })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
