import type { TFunction } from 'i18next';
import type { AppNotification, Network } from '../api/types.ts';
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
    default:
      return { text: n.kind, to: null };
  }
}
