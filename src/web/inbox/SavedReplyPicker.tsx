import { Button, Menu, Text } from '@mantine/core';
import { IconBookmark, IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSavedReplies, type SavedReply } from './team-queries.ts';

/** The team's saved replies, by name: one is picked to be sent filled for the item's author. */
export function SavedReplyPicker({ workspaceId, onPick }: { workspaceId: string; onPick(reply: SavedReply): void }) {
  const { t } = useTranslation();
  const replies = useSavedReplies(workspaceId).data ?? [];
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" leftSection={<IconBookmark size={14} aria-hidden />} rightSection={<IconChevronDown size={12} aria-hidden />}>
          {t('inbox.saved.pick')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={360}>
        {replies.length === 0 && <Menu.Label>{t('inbox.saved.none')}</Menu.Label>}
        {replies.map((reply) => (
          <Menu.Item key={reply.id} onClick={() => onPick(reply)}>
            <Text size="sm" fw={600}>
              {reply.name}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {reply.body}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
