import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../app/PageHeader.tsx';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { TotpDisable } from './security/TotpDisable.tsx';
import { TotpSetup } from './security/TotpSetup.tsx';

export function SecurityPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const on = me.user.totpEnabled;
  return (
    <>
      <PageHeader title={t('nav.security')} description={t('security.description')} />
      <Stack gap="lg" maw={720}>
        {me.mustEnrollTotp && (
          <Alert color="orange" icon={<IconShieldExclamation aria-hidden />} title={t('security.requiredTitle')} role="alert">
            {t('security.requiredText', { organization: me.organization.name })}
          </Alert>
        )}
        <Paper withBorder p="xl" radius="lg">
          <Group justify="space-between" mb="md" wrap="nowrap" align="flex-start">
            <Stack gap={4}>
              <Title order={2} size="h4">
                {t('security.totpTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('security.totpExplain')}
              </Text>
            </Stack>
            <Badge
              color={on ? 'canopy' : 'gray'}
              variant="light"
              size="lg"
              leftSection={on ? <IconShieldCheck size={14} aria-hidden /> : null}
              style={{ flexShrink: 0 }}
            >
              {on ? t('security.statusOn') : t('security.statusOff')}
            </Badge>
          </Group>
          {on ? <TotpDisable /> : <TotpSetup />}
        </Paper>
      </Stack>
    </>
  );
}
