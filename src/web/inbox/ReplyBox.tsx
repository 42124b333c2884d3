import { Anchor, Button, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/FormError.tsx';
import { useReplyToItem } from './queries.ts';

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

  function send() {
    const body = text.trim();
    if (!body || reply.isPending) return;
    reply.mutate(body, {
      onSuccess: (sent) => {
        setText('');
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
        <Textarea
          ref={textareaRef}
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
        <Group justify="flex-end" gap="sm">
          {reply.isPending && (
            <Group gap={6} role="status">
              <Loader size="xs" aria-hidden />
              <Text size="sm" c="dimmed">
                {t('inbox.sending')}
              </Text>
            </Group>
          )}
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={reply.isPending} disabled={!text.trim()}>
            {t('inbox.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
