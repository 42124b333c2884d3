import { Avatar, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayHandle } from '../networks/handle.ts';
import { GuardedText } from './GuardedText.tsx';
import classes from './Inbox.module.css';
import type { InboxItem } from './queries.ts';
import { RelativeTime } from './RelativeTime.tsx';

interface Props {
  conversation: InboxItem[];
  currentId: string;
}

/** The whole thread on this profile, oldest first, the item being worked on marked. */
export function Conversation({ conversation, currentId }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h6" id="inbox-conversation">
        {t('inbox.conversation')}
      </Title>
      <Stack component="ol" gap="xs" aria-labelledby="inbox-conversation" m={0} p={0} style={{ listStyle: 'none' }}>
        {conversation.map((message) => {
          const current = message.id === currentId;
          return (
            <Paper
              key={message.id}
              component="li"
              withBorder
              radius="md"
              p="sm"
              className={`${classes.message} ${current ? classes.current : ''}`}
              aria-current={current ? 'true' : undefined}
              data-conversation-item={message.id}
            >
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <Avatar src={message.author.avatarUrl} name={message.author.name || message.author.handle} color="initials" radius="xl" size="sm" alt="" />
                <Stack gap={2} miw={0} style={{ flex: 1 }}>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={600}>
                      {message.author.name || message.author.handle}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {displayHandle(message.author.handle)}
                    </Text>
                    <RelativeTime iso={message.sentAt} />
                    {current && (
                      <Badge size="xs" variant="light" tt="none">
                        {t('inbox.thisItem')}
                      </Badge>
                    )}
                  </Group>
                  <GuardedText item={message} />
                </Stack>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
