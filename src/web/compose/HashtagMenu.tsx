import { Button, Menu, Text } from '@mantine/core';
import { IconHash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useHashtagGroupList } from '../planning/queries.ts';

interface Props {
  workspaceId: string;
  onInsert(hashtags: string): void;
}

/** The workspace's hashtag groups; choosing one inserts its hashtags into the text. */
export function HashtagMenu({ workspaceId, onInsert }: Props) {
  const { t } = useTranslation();
  const groups = useHashtagGroupList(workspaceId);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="subtle" leftSection={<IconHash size={14} aria-hidden />} loading={groups.isPending}>
          {t('compose.insert.hashtags')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {groups.data?.length ? (
          groups.data.map((g) => (
            <Menu.Item key={g.id} onClick={() => onInsert(g.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`)).join(' '))}>
              <Text size="sm" fw={500}>
                {g.name}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {g.hashtags.join(' ')}
              </Text>
            </Menu.Item>
          ))
        ) : (
          <Menu.Item disabled>{t('compose.insert.noGroups')}</Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
