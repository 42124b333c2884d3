import { ActionIcon, Badge, Card, Checkbox, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AltTextBadge } from './AltTextBadge.tsx';
import { useMediaFormat } from './format-media.ts';
import { MediaThumb } from './MediaThumb.tsx';
import type { Media } from './types.ts';

interface Props {
  file: Media;
  /** In the library: edit alt text and delete. */
  onEditAlt?: (file: Media) => void;
  onDelete?: (file: Media) => void;
  /** In the picker: chosen or not, toggled by a click or the keyboard. */
  selected?: boolean;
  onToggle?: (file: Media) => void;
}

/** One file of the library: its thumbnail, name, type, size, frame and length, and alt text. */
export function MediaCard({ file, onEditAlt, onDelete, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const format = useMediaFormat();
  const thumb = onToggle ? (
    <UnstyledButton
      onClick={() => onToggle(file)}
      aria-pressed={selected}
      aria-label={t('media.select', { filename: file.filename })}
      style={{ position: 'relative', display: 'block' }}
    >
      <MediaThumb file={file} />
      <Checkbox checked={selected ?? false} readOnly tabIndex={-1} aria-hidden style={{ position: 'absolute', top: 8, left: 8 }} />
    </UnstyledButton>
  ) : (
    <MediaThumb file={file} />
  );

  return (
    <Card withBorder padding="xs" radius="md" data-media-id={file.id} style={selected ? { outline: '2px solid var(--mantine-color-canopy-6)' } : undefined}>
      <Card.Section>{thumb}</Card.Section>
      <Stack gap={4} mt="xs">
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Text size="sm" fw={500} truncate title={file.filename}>
            {file.filename}
          </Text>
          {(onEditAlt || onDelete) && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('media.actions', { filename: file.filename })}>
                  <IconDots size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {onEditAlt && (
                  <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onEditAlt(file)}>
                    {t('media.editAlt')}
                  </Menu.Item>
                )}
                {onDelete && (
                  <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => onDelete(file)}>
                    {t('media.delete')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {format.facts(file)}
        </Text>
        <Group gap={4}>
          <Badge size="xs" variant="default">
            {file.mimeType.split('/')[1]?.toUpperCase()}
          </Badge>
          <AltTextBadge file={file} />
          {file.inUse && (
            <Badge size="xs" variant="light" color="blue">
              {t('media.inUse')}
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
