import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { useApprovals } from './queries.ts';

/** How many posts wait for my decision, beside the Approvals entry; nothing when none do. */
export function ApprovalsCount({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const approvals = useApprovals(workspaceId);
  const count = approvals.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" circle={count < 10} color="orange" aria-label={t('approvals.page.waiting', { count: format.number(count) })}>
      {format.number(count)}
    </Badge>
  );
}
