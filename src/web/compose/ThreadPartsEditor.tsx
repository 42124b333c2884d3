import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';

interface Props {
  network: string;
  value: string[];
  onChange(parts: string[]): void;
}

const move = (parts: string[], from: number, to: number) => {
  const next = [...parts];
  const [part] = next.splice(from, 1);
  next.splice(to, 0, part!);
  return next;
};

/** The replies that follow the post as a thread: add, write, reorder and remove them. Part 1 is the post itself. */
export function ThreadPartsEditor({ network, value, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500}>
          {t('compose.editor.threadParts')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('compose.editor.threadHint')}
        </Text>
      </div>
      {value.map((part, i) => {
        const number = format.number(i + 2);
        return (
          <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
            <Textarea
              style={{ flex: 1 }}
              label={t('compose.editor.threadPart', { number })}
              autosize
              minRows={2}
              value={part}
              data-thread-part={`${network}-${i}`}
              onChange={(e) => onChange(value.map((p, j) => (j === i ? e.currentTarget.value : p)))}
            />
            <Stack gap={2} pt={24}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('compose.editor.moveUp', { number })} disabled={i === 0} onClick={() => onChange(move(value, i, i - 1))}>
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('compose.editor.moveDown', { number })}
                disabled={i === value.length - 1}
                onClick={() => onChange(move(value, i, i + 1))}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('compose.editor.removePart', { number })} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Stack>
          </Group>
        );
      })}
      <div>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...value, ''])} disabled={value.length >= 25}>
          {t('compose.editor.addPart')}
        </Button>
      </div>
    </Stack>
  );
}
