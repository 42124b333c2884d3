import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconPhotoPlus, IconX } from '@tabler/icons-react';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { AltTextBadge } from './AltTextBadge.tsx';
import { MediaPickerModal } from './MediaPickerModal.tsx';
import { MediaThumb } from './MediaThumb.tsx';
import { useMedia } from './queries.ts';

const move = (ids: string[], from: number, to: number): string[] => {
  const next = [...ids];
  const [id] = next.splice(from, 1);
  next.splice(to, 0, id!);
  return next;
};

/** The files a post carries: thumbnails in order, with reorder, remove and a modal to pick or upload more. */
export function MediaPicker(props: { workspaceId: string; value: string[]; onChange: (ids: string[]) => void }): JSX.Element {
  const { workspaceId, value, onChange } = props;
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const { files } = useMedia(workspaceId, value);

  return (
    <Stack gap="xs">
      {files.length > 0 && (
        <Group gap="sm" role="list" aria-label={t('media.picker.chosen')}>
          {files.map((file) => {
            const at = value.indexOf(file.id);
            return (
              <Paper key={file.id} withBorder p={4} radius="sm" w={128} role="listitem" data-media-id={file.id}>
                <MediaThumb file={file} size={118} />
                <Text size="xs" truncate title={file.filename} mt={4}>
                  {file.filename}
                </Text>
                <AltTextBadge file={file} />
                <Group justify="center" gap={0} wrap="nowrap" mt={2}>
                  <Tooltip label={t('media.picker.earlier')}>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="gray"
                      disabled={at === 0}
                      onClick={() => onChange(move(value, at, at - 1))}
                      aria-label={t('media.picker.earlier')}
                    >
                      <IconArrowLeft size={14} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('media.picker.later')}>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="gray"
                      disabled={at === value.length - 1}
                      onClick={() => onChange(move(value, at, at + 1))}
                      aria-label={t('media.picker.later')}
                    >
                      <IconArrowRight size={14} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('media.picker.remove', { filename: file.filename })}>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="red"
                      onClick={() => onChange(value.filter((id) => id !== file.id))}
                      aria-label={t('media.picker.remove', { filename: file.filename })}
                    >
                      <IconX size={14} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Paper>
            );
          })}
        </Group>
      )}
      <div>
        <Button variant="light" size="xs" leftSection={<IconPhotoPlus size={16} aria-hidden />} onClick={() => setPicking(true)}>
          {t('media.picker.add')}
        </Button>
      </div>
      <MediaPickerModal
        workspaceId={workspaceId}
        opened={picking}
        value={value}
        onClose={() => setPicking(false)}
        onChoose={(ids) => {
          onChange(ids);
          setPicking(false);
        }}
      />
    </Stack>
  );
}
