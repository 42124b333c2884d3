import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Network, Profile } from '../../api/types.ts';
import { problemMessage } from '../../app/problems.ts';
import { connectWays, oauthWay } from '../../networks/connect-kind.ts';
import type { ConnectRequest } from './ConnectProfileModal.tsx';
import { authorizationUrl } from './queries.ts';

/**
 * Reconnects a profile the way it was connected: with credentials, the form opens with the server
 * and handle filled in; with OAuth, straight back to the sign-in page (Mastodon's on the profile's
 * server, Bluesky's for the profile's handle).
 */
export function useReconnect(workspaceId: string, networks: Network[] | undefined, openForm: (request: ConnectRequest) => void) {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: async (profile: Profile): Promise<string | null> => {
      const network = networks?.find((n) => n.id === profile.network);
      const ways = network ? connectWays(network) : [];
      const oauth = network ? oauthWay(network) : null;
      if (ways.includes('credentials') && (profile.connectedWith === 'credentials' || !oauth)) {
        const prefill: Record<string, string> = { identifier: profile.handle };
        if (profile.serviceUrl) prefill.service = profile.serviceUrl;
        openForm({ network: profile.network, way: 'credentials', prefill });
        return null;
      }
      if (oauth === 'oauth') return authorizationUrl(workspaceId, profile.network);
      if (oauth === 'server') return authorizationUrl(workspaceId, profile.network, { service: profile.serviceUrl });
      if (oauth === 'handle') return authorizationUrl(workspaceId, profile.network, { handle: profile.handle });
      openForm({ network: profile.network });
      return null;
    },
    onSuccess: (url) => {
      if (url) window.location.assign(url);
    },
    onError: (err) => notifications.show({ color: 'red', title: t('profiles.reconnectFailed'), message: problemMessage(t, err) }),
  });
}
