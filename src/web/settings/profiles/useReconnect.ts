import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Network, Profile } from '../../api/types.ts';
import { problemMessage } from '../../app/problems.ts';
import { connectKind } from '../../networks/connect-kind.ts';
import type { ConnectRequest } from './ConnectProfileModal.tsx';
import { authorizationUrl } from './queries.ts';

/**
 * Reconnects a profile the way its network signs in: credential networks open the form with the
 * server and handle filled in; OAuth networks go straight back to the network's sign-in page.
 */
export function useReconnect(workspaceId: string, networks: Network[] | undefined, openForm: (request: ConnectRequest) => void) {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: async (profile: Profile): Promise<string | null> => {
      const network = networks?.find((n) => n.id === profile.network);
      const kind = network ? connectKind(network) : 'unavailable';
      if (kind === 'credentials') {
        const prefill: Record<string, string> = { identifier: profile.handle };
        if (profile.serviceUrl) prefill.service = profile.serviceUrl;
        openForm({ network: profile.network, prefill });
        return null;
      }
      if (kind !== 'oauth' && kind !== 'server') {
        openForm({ network: profile.network });
        return null;
      }
      return authorizationUrl(workspaceId, profile.network, kind === 'server' ? profile.serviceUrl : null);
    },
    onSuccess: (url) => {
      if (url) window.location.assign(url);
    },
    onError: (err) => notifications.show({ color: 'red', title: t('profiles.reconnectFailed'), message: problemMessage(t, err) }),
  });
}
