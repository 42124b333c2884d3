import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { meKey } from '../../api/me.ts';
import type { Me } from '../../api/types.ts';
import { useSignedInMe } from '../../app/useSignedInMe.ts';
import { CodeForm } from './CodeForm.tsx';

export function TotpDisable() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const queryClient = useQueryClient();
  const disable = useMutation({
    mutationFn: (code: string) => post<Me>('/api/v1/me/totp/disable', { code }),
    onSuccess: (updated) => {
      queryClient.setQueryData(meKey, updated);
      notifications.show({ color: 'canopy', message: t('security.disabled') });
    },
  });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('security.onText')}</Text>
      {me.organization.requireTotp && (
        <Text size="sm" c="orange.8">
          {t('security.disableWarning')}
        </Text>
      )}
      <CodeForm
        submitLabel={t('security.disable')}
        color="red"
        loading={disable.isPending}
        error={disable.error}
        onSubmit={(code) => disable.mutate(code)}
      />
    </Stack>
  );
}
