import type { NetworkAdapter } from '../adapter.ts';
import { googleOAuthBase } from '../google/oauth.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { createBusinessConnector } from './auth.ts';
import { businessApi } from './client.ts';
import { createBusinessInbox } from './inbox.ts';
import { googleBusinessManifest } from './manifest.ts';
import { createBusinessMetrics } from './metrics.ts';
import { createBusinessPublisher } from './publish.ts';

/**
 * Google Business Profile. endpoints['google_business'] stands for all four of its API hosts
 * (account management, business information, the v4 posts and reviews API, performance), and
 * endpoints['google_oauth'] for Google's token and revoke endpoints. Tests point them at local servers.
 */
export function createGoogleBusinessAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const api = businessApi(endpoints);
  return {
    manifest: googleBusinessManifest,
    connector: createBusinessConnector(api, googleOAuthBase(endpoints)),
    publisher: createBusinessPublisher(api),
    inbox: createBusinessInbox(api),
    metrics: createBusinessMetrics(api),
  };
}
