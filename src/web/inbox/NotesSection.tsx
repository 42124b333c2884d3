import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconNote } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/FormError.tsx';
import { useFormat } from '../i18n/format.ts';
import { useAddNote, type InboxItemDetail } from './queries.ts';
import { useAssignees } from './useAssignees.ts';

const maxLength = 5_000;

/** Notes the team leaves on the item for each other: kept in Canopy, never sent to the network. */
export function NotesSection({ workspaceId, item, editable }: { workspaceId: string; item: InboxItemDetail; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useAssignees();
  const add = useAddNote(workspaceId, item.id);
  const [body, setBody] = useState('');

  return (
    <Paper radius="md" p="sm" bg="yellow.0" withBorder style={{ borderColor: 'var(--mantine-color-yellow-3)' }} component="section" aria-labelledby="inbox-notes">
      <Stack gap="xs">
        <Group gap={6} wrap="nowrap">
          <IconNote size={16} aria-hidden />
          <Title order={3} size="h6" id="inbox-notes">
            {t('inbox.notes.title')}
          </Title>
          <Group gap={4} wrap="nowrap" ml="auto">
            <IconLock size={12} aria-hidden color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              {t('inbox.notes.internal')}
            </Text>
          </Group>
        </Group>
        {item.notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('inbox.notes.none')}
          </Text>
        ) : (
          <Stack component="ol" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
            {item.notes.map((note) => (
              <li key={note.id} data-note={note.id}>
                <Group gap={6}>
                  <Text size="xs" fw={600}>
                    {note.authorId ? nameOf(note.authorId) : t('inbox.notes.formerMember')}
                  </Text>
                  <Text size="xs" c="dimmed" component="time" dateTime={note.createdAt}>
                    {format.dateTime(note.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {note.body}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {editable && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const text = body.trim();
              if (text) add.mutate(text, { onSuccess: () => setBody('') });
            }}
          >
            <Stack gap={6}>
              <Textarea
                size="sm"
                aria-label={t('inbox.notes.add')}
                placeholder={t('inbox.notes.placeholder')}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={maxLength}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
              />
              <FormError error={add.error} />
              <Group justify="flex-end">
                <Button type="submit" size="xs" variant="default" loading={add.isPending} disabled={!body.trim()}>
                  {t('inbox.notes.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
