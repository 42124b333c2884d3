import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The inbox's keys, said once where people look for them. */
export function ShortcutHint() {
  const { t } = useTranslation();
  const shortcuts: Array<[string[], string]> = [
    [['j', 'k'], t('inbox.shortcuts.move')],
    [['r'], t('inbox.shortcuts.reply')],
    [['e'], t('inbox.shortcuts.complete')],
    [['a'], t('inbox.shortcuts.assign')],
  ];
  return (
    <Group gap="md" wrap="wrap" role="note" aria-label={t('inbox.shortcuts.title')}>
      {shortcuts.map(([keys, what]) => (
        <Group key={what} gap={4} wrap="nowrap">
          {keys.map((key) => (
            <Kbd key={key} size="xs">
              {key}
            </Kbd>
          ))}
          <Text size="xs" c="dimmed">
            {what}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
