import type { NetworkAdapter } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { createXConnector } from './auth.ts';
import { createXInbox } from './inbox.ts';
import { xManifest } from './manifest.ts';
import { createXMetrics } from './metrics.ts';
import { createXPublisher } from './publish.ts';
import { createXSearch } from './search.ts';
import { xWebhook } from './webhook.ts';

/** X (formerly Twitter), through API v2 with OAuth 2 user tokens. */
export function createXAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const base = (endpoints['x'] ?? 'https://api.x.com').replace(/\/+$/, '');
  return {
    manifest: xManifest,
    connector: createXConnector(base),
    publisher: createXPublisher(base),
    inbox: createXInbox(base),
    webhooks: xWebhook,
    metrics: createXMetrics(base),
    search: createXSearch(base),
  };
}
