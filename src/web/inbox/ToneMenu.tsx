import { Badge, Menu, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../app/problems.ts';
import { sentimentLook, sentiments } from './item-look.ts';
import { useCorrectSentiment, type InboxItem } from './queries.ts';

/** The tone as a small badge; those who answer can correct it from its menu. */
export function ToneMenu({ workspaceId, item, editable }: { workspaceId: string; item: InboxItem; editable: boolean }) {
  const { t } = useTranslation();
  const correct = useCorrectSentiment(workspaceId, item.id);
  const label = item.sentimentCorrected ? t('inbox.tone.corrected', { tone: t(`inbox.tone.${item.sentiment}`) }) : t(`inbox.tone.${item.sentiment}`);
  const badge = (
    <Badge
      size="sm"
      variant="dot"
      color={sentimentLook[item.sentiment].color}
      tt="none"
      data-sentiment={item.sentiment}
      rightSection={editable ? <IconChevronDown size={12} aria-hidden /> : undefined}
      style={editable ? { cursor: 'pointer' } : undefined}
    >
      {label}
    </Badge>
  );
  if (!editable) return badge;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('inbox.tone.change', { tone: t(`inbox.tone.${item.sentiment}`) })}>{badge}</UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('inbox.tone.correctTitle')}</Menu.Label>
        {sentiments.map((s) => (
          <Menu.Item
            key={s}
            leftSection={<Badge size="xs" circle variant="filled" color={sentimentLook[s].color} aria-hidden> </Badge>}
            rightSection={s === item.sentiment ? <IconCheck size={14} aria-hidden /> : undefined}
            onClick={() =>
              s !== item.sentiment &&
              correct.mutate(s, {
                onSuccess: () => notifications.show({ color: 'canopy', message: t('inbox.tone.saved', { tone: t(`inbox.tone.${s}`) }) }),
                onError: (err) => notifications.show({ color: 'red', title: t('inbox.tone.failed'), message: problemMessage(t, err) }),
              })
            }
          >
            {t(`inbox.tone.${s}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
