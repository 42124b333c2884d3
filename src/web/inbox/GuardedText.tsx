import { Box, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './Inbox.module.css';
import type { InboxItem } from './queries.ts';
import { useRevealedMessages } from './RevealedMessages.tsx';

interface Props {
  item: InboxItem;
  /** In the stream the text is a line or two, and the button lives on the open item. */
  compact?: boolean;
}

/** The item's text; an insulting one stays blurred behind a warning until a person chooses to read it. */
export function GuardedText({ item, compact = false }: Props) {
  const { t } = useTranslation();
  const { isShown, show } = useRevealedMessages();
  const text = (
    <Text size="sm" lineClamp={compact ? 2 : undefined} className={classes.snippet} style={compact ? undefined : { whiteSpace: 'pre-wrap' }} c={item.text ? undefined : 'dimmed'}>
      {item.text || t('inbox.noText')}
    </Text>
  );
  if (!item.abusive || isShown(item.id)) return text;
  return (
    <Box className={classes.guarded} data-guarded>
      <div className={classes.blurred} aria-hidden>
        {text}
      </div>
      <Group gap={6} className={classes.warning} wrap="nowrap">
        <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" aria-hidden />
        <Text size="xs" fw={600} c="red.8">
          {t('inbox.abusive.warning')}
        </Text>
        {!compact && (
          <Button size="compact-xs" variant="white" color="red" leftSection={<IconEye size={12} aria-hidden />} onClick={() => show(item.id)}>
            {t('inbox.abusive.show')}
          </Button>
        )}
      </Group>
    </Box>
  );
}
