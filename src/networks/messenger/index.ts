import type { NetworkAdapter } from '../adapter.ts';
import { FACEBOOK_GRAPH_URL } from '../meta/graph-api.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { messengerConnector } from './auth.ts';
import { messengerInbox } from './inbox.ts';
import { messengerManifest } from './manifest.ts';

export function createMessengerAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const baseUrl = endpoints['messenger'] ?? FACEBOOK_GRAPH_URL;
  return {
    manifest: messengerManifest,
    connector: messengerConnector(baseUrl),
    inbox: messengerInbox(baseUrl),
  };
}
