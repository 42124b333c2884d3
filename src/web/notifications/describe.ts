import type { TFunction } from 'i18next';
import type { AppNotification, Network } from '../api/types.ts';
import { describeApproval } from '../approvals/describe-approval.ts';
import type { Formatters } from '../i18n/format.ts';
import { displayHandle } from '../networks/handle.ts';
import { networkOf } from '../networks/queries.ts';

export interface DescribedNotification {
  text: string;
  /** Where the notification leads, inside the app. */
  to: string | null;
}

/** A notification in the reader's words; a kind this app does not know yet is named as sent. */
export function describeNotification(t: TFunction, format: Formatters, n: AppNotification, networks: Network[] | undefined): DescribedNotification {
  switch (n.kind) {
    case 'profile.needs_reconnect': {
      const network = networkOf(networks, n.params.network ?? '').name;
      const handle = displayHandle(n.params.handle ?? '');
      const text = n.params.reason
        ? t('notifications.kinds.profileNeedsReconnect', { network, handle, reason: n.params.reason })
        : t('notifications.kinds.profileNeedsReconnectNoReason', { network, handle });
      return { text, to: n.workspaceId ? `/w/${n.workspaceId}/settings/profiles` : null };
    }
    case 'post.overdue': {
      const network = networkOf(networks, n.params.network ?? '').name;
      const time = n.params.scheduledAt ? format.dateTime(n.params.scheduledAt) : '';
      return { text: t('notifications.kinds.postOverdue', { network, time }), to: n.workspaceId ? `/w/${n.workspaceId}/calendar` : null };
    }
    case 'post.commented': {
      const text = t('planning.comments.notification', { author: n.params.author ?? '', excerpt: n.params.excerpt ?? '' });
      return { text, to: n.workspaceId && n.params.postId ? `/w/${n.workspaceId}/calendar?post=${n.params.postId}` : null };
    }
    case 'publishing.paused':
      return { text: t('posting.notices.paused', { name: n.params.by ?? '', reason: n.params.reason ?? '' }), to: n.workspaceId ? `/w/${n.workspaceId}/calendar` : null };
    case 'publishing.resumed': {
      const choice = n.params.overdue === 'queue' || n.params.overdue === 'draft' ? n.params.overdue : 'publish_now';
      return { text: t(`posting.notices.resumed.${choice}`, { name: n.params.by ?? '' }), to: n.workspaceId ? `/w/${n.workspaceId}/calendar` : null };
    }
    case 'post.back_to_draft': {
      const why = n.params.why === 'no_slot' || n.params.why === 'queue_full' ? n.params.why : 'paused';
      return { text: t(`posting.notices.backToDraft.${why}`), to: n.workspaceId && n.params.postId ? `/w/${n.workspaceId}/calendar?post=${n.params.postId}` : null };
    }
    case 'approval.requested':
    case 'approval.approved':
    case 'approval.rejected':
    case 'approval.changes_requested':
    case 'approval.missed':
      return describeApproval(t, format, n);
    default:
      return { text: n.kind, to: null };
  }
}
