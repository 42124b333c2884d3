import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconChecklist } from '@tabler/icons-react';
import { kindLook, priorityLook, sentimentLook, statusLook } from './item-look.ts';
import type { InboxKind, InboxSentiment, InboxStatus, InboxTask } from './queries.ts';

/** Comment, mention or message, with its icon. */
export function KindBadge({ kind }: { kind: InboxKind }) {
  const { t } = useTranslation();
  const { icon: Icon, color } = kindLook[kind];
  return (
    <Badge size="sm" variant="default" tt="none" leftSection={<Icon size={12} color={`var(--mantine-color-${color}-6)`} aria-hidden />}>
      {t(`inbox.kind.${kind}`)}
    </Badge>
  );
}

/** Open, assigned or done. */
export function StatusBadge({ status }: { status: InboxStatus }) {
  const { t } = useTranslation();
  const { icon: Icon, color } = statusLook[status];
  return (
    <Badge size="sm" variant="light" color={color} tt="none" leftSection={<Icon size={12} aria-hidden />} data-status={status}>
      {t(`inbox.status.${status}`)}
    </Badge>
  );
}

/** Positive, neutral or negative, as Canopy read it (or as a person corrected it). */
export function ToneBadge({ sentiment }: { sentiment: InboxSentiment }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="dot" color={sentimentLook[sentiment].color} tt="none" data-sentiment={sentiment}>
      {t(`inbox.tone.${sentiment}`)}
    </Badge>
  );
}

/** What kind of task the item is, and how urgent. */
export function TaskBadge({ task }: { task: InboxTask }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={priorityLook[task.priority].color} tt="none" leftSection={<IconChecklist size={12} aria-hidden />} data-task={task.type}>
      {t('inbox.task.badge', { type: t(`inbox.task.type.${task.type}`), priority: t(`inbox.task.priority.${task.priority}`) })}
    </Badge>
  );
}
