import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { kindLook, statusLook } from './item-look.ts';
import type { InboxKind, InboxStatus } from './queries.ts';

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
