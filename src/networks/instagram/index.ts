import type { NetworkAdapter } from '../adapter.ts';
import { FACEBOOK_GRAPH_URL } from '../meta/graph-api.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { instagramConnector } from './auth.ts';
import { instagramInbox } from './inbox.ts';
import { instagramManifest } from './manifest.ts';
import { instagramMetrics } from './metrics.ts';
import { instagramPublisher } from './publish.ts';
import { instagramSearch } from './search.ts';

/** `containerDelaysMs` lets tests look at container status without waiting as Meta suggests. */
export function createInstagramAdapter(endpoints: NetworkEndpoints, opts: { containerDelaysMs?: number[] } = {}): NetworkAdapter {
  const baseUrl = endpoints['instagram'] ?? FACEBOOK_GRAPH_URL;
  return {
    manifest: instagramManifest,
    connector: instagramConnector(baseUrl),
    publisher: instagramPublisher({ baseUrl, ...opts }),
    inbox: instagramInbox(baseUrl),
    metrics: instagramMetrics(baseUrl),
    search: instagramSearch(baseUrl),
  };
}
