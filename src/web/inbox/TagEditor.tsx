import { ActionIcon, Autocomplete, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../app/problems.ts';
import { useTagItem, type InboxItem } from './queries.ts';

const maxTagLength = 50;

interface Props {
  workspaceId: string;
  item: InboxItem;
  /** Tags already used in the stream, offered as the person types. */
  known: string[];
  editable: boolean;
}

/** The item's tags, each removable, and a box to add one. */
export function TagEditor({ workspaceId, item, known, editable }: Props) {
  const { t } = useTranslation();
  const tags = useTagItem(workspaceId, item.id);
  const [draft, setDraft] = useState('');

  function change(input: { add?: string[]; remove?: string[] }, after?: () => void) {
    tags.mutate(input, {
      onSuccess: after,
      onError: (err) => notifications.show({ color: 'red', title: t('inbox.tagFailed'), message: problemMessage(t, err) }),
    });
  }

  function add() {
    const tag = draft.trim().replace(/^#/, '');
    if (!tag) return;
    if (item.tags.includes(tag)) setDraft('');
    else change({ add: [tag] }, () => setDraft(''));
  }

  return (
    <Stack gap={6}>
      <Title order={3} size="h6" id="inbox-tags">
        {t('inbox.tags')}
      </Title>
      <Group gap={6} wrap="wrap" role="list" aria-labelledby="inbox-tags">
        {item.tags.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('inbox.noTags')}
          </Text>
        )}
        {item.tags.map((tag) => (
          <Badge
            key={tag}
            role="listitem"
            variant="light"
            color="gray"
            tt="none"
            size="lg"
            fw={500}
            rightSection={
              editable && (
                <ActionIcon size="xs" variant="transparent" color="gray" aria-label={t('inbox.removeTag', { tag })} onClick={() => change({ remove: [tag] })}>
                  <IconX size={12} aria-hidden />
                </ActionIcon>
              )
            }
          >
            #{tag}
          </Badge>
        ))}
      </Group>
      {editable && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Autocomplete
              size="xs"
              w={200}
              aria-label={t('inbox.addTag')}
              placeholder={t('inbox.addTag')}
              maxLength={maxTagLength}
              data={known.filter((k) => !item.tags.includes(k))}
              value={draft}
              onChange={setDraft}
            />
            <Button type="submit" size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} loading={tags.isPending} disabled={!draft.trim()}>
              {t('inbox.addTagButton')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
