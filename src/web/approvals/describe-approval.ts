import type { TFunction } from 'i18next';
import type { AppNotification } from '../api/types.ts';
import type { Formatters } from '../i18n/format.ts';

/** An approval notification in the reader's words, leading to the approvals queue or to the post. */
export function describeApproval(t: TFunction, format: Formatters, n: AppNotification): { text: string; to: string | null } {
  const values = { name: n.params.name ?? t('approvals.page.someone'), excerpt: n.params.excerpt ?? '' };
  const post = n.workspaceId && n.params.postId ? `/w/${n.workspaceId}/compose/${n.params.postId}` : null;
  switch (n.kind) {
    case 'approval.requested':
      return { text: t('approvals.notifications.requested', values), to: n.workspaceId ? `/w/${n.workspaceId}/approvals` : null };
    case 'approval.approved':
      return { text: t('approvals.notifications.approved', values), to: post };
    case 'approval.rejected':
      return { text: t('approvals.notifications.rejected', values), to: post };
    case 'approval.changes_requested':
      return { text: t('approvals.notifications.changesRequested', values), to: post };
    default:
      return { text: t('approvals.notifications.missed', { ...values, time: n.params.scheduledAt ? format.dateTime(n.params.scheduledAt) : '' }), to: post };
  }
}
