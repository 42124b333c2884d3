import { ActionIcon, Alert, Anchor, Button, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconSend, IconX } from '@tabler/icons-react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/FormError.tsx';
import { useReplyToItem } from './queries.ts';
import { SavedReplyPicker } from './SavedReplyPicker.tsx';
import type { SavedReply } from './team-queries.ts';

const maxLength = 10_000;
/** How the sending keys are written on this computer. */
const sendKeys = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘ Enter' : 'Ctrl+Enter';

interface Props {
  workspaceId: string;
  itemId: string;
  /** The profile that answers, as people know it. */
  profileName: string;
  networkName: string;
  textareaRef: Ref<HTMLTextAreaElement>;
}

/** An answer in the item's thread, sent through the network as the profile it reached. */
export function ReplyBox({ workspaceId, itemId, profileName, networkName, textareaRef }: Props) {
  const { t } = useTranslation();
  const reply = useReplyToItem(workspaceId, itemId);
  const [text, setText] = useState('');
  /** A saved reply chosen to go instead of the text: the server fills it for the author. */
  const [saved, setSaved] = useState<SavedReply | null>(null);

  function send() {
    const body = text.trim();
    if ((!body && !saved) || reply.isPending) return;
    reply.mutate(saved ? { savedReplyId: saved.id } : { text: body }, {
      onSuccess: (sent) => {
        setText('');
        setSaved(null);
        notifications.show({
          color: 'canopy',
          message: (
            <>
              {t('inbox.sent')}{' '}
              {sent.url && (
                <Anchor href={sent.url} target="_blank" rel="noreferrer" size="sm">
                  {t('inbox.viewSent', { network: networkName })}
                </Anchor>
              )}
            </>
          ),
        });
      },
    });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <Stack gap="xs">
        {saved && (
          <Alert
            variant="light"
            color="canopy"
            p="xs"
            icon={<IconBookmark size={16} aria-hidden />}
            title={t('inbox.saved.chosen', { name: saved.name })}
            data-saved-reply={saved.id}
            withCloseButton={false}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={2}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {saved.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('inbox.saved.filled', { name: '{name}', handle: '{handle}', interpolation: { escapeValue: false } })}
                </Text>
              </Stack>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('inbox.saved.remove')} onClick={() => setSaved(null)}>
                <IconX size={14} aria-hidden />
              </ActionIcon>
            </Group>
          </Alert>
        )}
        <Textarea
          ref={textareaRef}
          display={saved ? 'none' : undefined}
          label={t('inbox.replyAs', { profile: profileName })}
          description={t('inbox.replyHint', { keys: sendKeys })}
          placeholder={t('inbox.replyPlaceholder')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={maxLength}
          value={text}
          readOnly={reply.isPending}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([['mod+Enter', send]])}
        />
        <FormError error={reply.error} />
        <Group justify="space-between" gap="sm">
          <SavedReplyPicker workspaceId={workspaceId} onPick={setSaved} />
          <Group gap="sm">
          {reply.isPending && (
            <Group gap={6} role="status">
              <Loader size="xs" aria-hidden />
              <Text size="sm" c="dimmed">
                {t('inbox.sending')}
              </Text>
            </Group>
          )}
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={reply.isPending} disabled={!text.trim() && !saved}>
            {t('inbox.send')}
          </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
