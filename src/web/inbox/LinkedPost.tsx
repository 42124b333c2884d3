import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InboxItemDetail } from './queries.ts';

interface Props {
  workspaceId: string;
  post: NonNullable<InboxItemDetail['post']>;
  networkName: string;
}

/** Our published post the conversation answers, with the way back to it in the calendar. */
export function LinkedPost({ workspaceId, post, networkName }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" component="section" aria-labelledby="inbox-linked-post">
      <Stack gap={6}>
        <Title order={3} size="h6" id="inbox-linked-post">
          {t('inbox.post')}
        </Title>
        <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {post.text}
        </Text>
        <Group gap="md">
          <Anchor component={Link} to={`/w/${workspaceId}/calendar?post=${post.id}`} size="sm">
            <Group gap={4} component="span">
              <IconCalendarEvent size={14} aria-hidden />
              {t('inbox.openPost')}
            </Group>
          </Anchor>
          {post.url && (
            <Anchor href={post.url} target="_blank" rel="noreferrer" size="sm">
              <Group gap={4} component="span">
                <IconExternalLink size={14} aria-hidden />
                {t('inbox.openOnNetwork', { network: networkName })}
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
