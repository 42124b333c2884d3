import { Box, Button, Code, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { meKey } from '../../api/me.ts';
import type { Me, TotpSetup as Setup } from '../../api/types.ts';
import { FormError } from '../../app/FormError.tsx';
import { CodeForm } from './CodeForm.tsx';
import classes from './TotpSetup.module.css';

/** Turning two-factor sign-in on: scan the QR code (or type the key), then prove it with a code. */
export function TotpSetup() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const begin = useMutation({ mutationFn: () => post<Setup>('/api/v1/me/totp/setup') });
  const enable = useMutation({
    mutationFn: (code: string) => post<Me>('/api/v1/me/totp/enable', { code }),
    onSuccess: (me) => {
      queryClient.setQueryData(meKey, me);
      begin.reset();
    },
  });

  if (!begin.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <FormError error={begin.error} />
        <Button onClick={() => begin.mutate()} loading={begin.isPending}>
          {t('security.setUp')}
        </Button>
      </Stack>
    );
  }

  const setup = begin.data;
  return (
    <Stack gap="lg">
      <List type="ordered" spacing="xs" size="sm">
        <List.Item>{t('security.step1')}</List.Item>
        <List.Item>{t('security.step2')}</List.Item>
      </List>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Box
          w={184}
          h={184}
          p={8}
          bg="white"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)', flexShrink: 0 }}
          role="img"
          aria-label={t('security.qrLabel')}
          // The SVG is drawn by our own server from the otpauth URL; it holds no markup from people.
          dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
          className={classes.qr}
          data-testid="totp-qr"
        />
        <Stack gap={6} style={{ flex: '1 1 260px' }}>
          <Text size="sm" fw={500}>
            {t('security.manualKey')}
          </Text>
          <Code block fz="md" style={{ wordBreak: 'break-all', letterSpacing: 1 }} data-testid="totp-secret">
            {setup.secret}
          </Code>
          <CopyButton value={setup.secret}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy} w="fit-content">
                {copied ? t('common.copied') : t('security.copyKey')}
              </Button>
            )}
          </CopyButton>
        </Stack>
      </Group>
      <CodeForm
        submitLabel={t('security.enable')}
        loading={enable.isPending}
        error={enable.error}
        onSubmit={(code) => enable.mutate(code)}
        autoFocus
      />
    </Stack>
  );
}
