import { ActionIcon, Alert, Button, CopyButton, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NewInvitation } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';

/** The new invitation's link: Canopy sends no email yet, so the inviter passes it on. */
export function InvitationLink({ invitation, onDismiss }: { invitation: NewInvitation; onDismiss(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert color="canopy" variant="light" icon={<IconMailForward aria-hidden />} title={t('members.invitationCreated')} role="status">
      <Text size="sm" mb="sm">
        {t('members.invitationSend', { email: invitation.email, date: format.dateTime(invitation.expiresAt) })}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          label={t('members.invitationLink')}
          value={invitation.url}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          data-testid="invitation-link"
        />
        <CopyButton value={invitation.url}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <ActionIcon size={36} variant={copied ? 'filled' : 'default'} onClick={copy} aria-label={t('members.copyLink')}>
                {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Button variant="subtle" size="xs" mt="sm" onClick={onDismiss}>
        {t('common.done')}
      </Button>
    </Alert>
  );
}
