import type { NetworkAdapter } from '../adapter.ts';
import { FACEBOOK_GRAPH_URL, FACEBOOK_GRAPH_VIDEO_URL } from '../meta/graph-api.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { facebookConnector } from './auth.ts';
import { facebookInbox } from './inbox.ts';
import { facebookManifest } from './manifest.ts';
import { facebookMetrics } from './metrics.ts';
import { facebookPublisher } from './publish.ts';
import { facebookWebhook } from './webhook.ts';

export function createFacebookAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const baseUrl = endpoints['facebook'] ?? FACEBOOK_GRAPH_URL;
  // Tests point both at one fake; in production videos go to Meta's video host.
  const videoBaseUrl = endpoints['facebook'] ?? FACEBOOK_GRAPH_VIDEO_URL;
  return {
    manifest: facebookManifest,
    connector: facebookConnector(baseUrl),
    publisher: facebookPublisher({ baseUrl, videoBaseUrl }),
    inbox: facebookInbox(baseUrl),
    webhooks: facebookWebhook,
    metrics: facebookMetrics(baseUrl),
  };
}
