import type { NetworkAdapter } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { createMastodonConnector } from './auth.ts';
import { instanceUrl } from './client.ts';
import { createMastodonInbox } from './inbox.ts';
import { liveTextLimits, readInstanceLimits } from './instance.ts';
import { mastodonManifest } from './manifest.ts';
import { createMastodonMetrics } from './metrics.ts';
import { createMastodonPublisher } from './publish.ts';
import { createMastodonSearch } from './search.ts';
import { ok } from '../outcome.ts';

/**
 * Mastodon, on any instance. Each profile's calls go to its own instance (account.serviceUrl);
 * the endpoint here is only the default offered when a person names none.
 */
export function createMastodonAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const defaultInstance = instanceUrl(endpoints['mastodon'] ?? 'https://mastodon.social');
  return {
    manifest: mastodonManifest,
    connector: createMastodonConnector(defaultInstance),
    publisher: createMastodonPublisher(defaultInstance),
    inbox: createMastodonInbox(defaultInstance),
    metrics: createMastodonMetrics(defaultInstance),
    search: createMastodonSearch(defaultInstance),
    async liveLimits(http, serviceUrl) {
      const limits = await readInstanceLimits(http, serviceUrl);
      return limits.kind === 'ok' ? ok(liveTextLimits(limits.value)) : limits;
    },
  };
}
