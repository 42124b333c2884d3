import { ActionIcon, Alert, Button, CopyButton, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NewApiToken } from '../../api/types.ts';

/** The secret is shown this once: the server keeps only its hash. */
export function NewTokenNotice({ token, onDismiss }: { token: NewApiToken; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('tokens.createdTitle', { name: token.name })} role="status">
      <Text size="sm" mb="sm">
        {t('tokens.createdWarning')}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          label={t('tokens.token')}
          value={token.token}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          data-testid="new-token"
        />
        <CopyButton value={token.token}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <ActionIcon size={36} variant={copied ? 'filled' : 'default'} onClick={copy} aria-label={t('tokens.copy')}>
                {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Button variant="subtle" size="xs" mt="sm" color="dark" onClick={onDismiss}>
        {t('tokens.savedIt')}
      </Button>
    </Alert>
  );
}
