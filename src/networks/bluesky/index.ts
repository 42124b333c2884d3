import type { NetworkAdapter } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { blueskyConnector } from './auth.ts';
import { blueskyInbox } from './inbox.ts';
import { blueskyManifest, DEFAULT_PLC_DIRECTORY, DEFAULT_SERVICE } from './manifest.ts';
import { blueskyMetrics } from './metrics.ts';
import { blueskyOAuth } from './oauth.ts';
import { blueskyPublisher } from './publish.ts';
import { blueskySearch } from './search.ts';

/**
 * Bluesky over atproto. Every call goes to the account's own PDS (account.serviceUrl), which
 * answers repo calls itself and passes app.bsky.* views on to its AppView. `endpoints.bluesky`
 * replaces https://bsky.social as the service people sign in at by default, and
 * `endpoints.bluesky_plc` replaces https://plc.directory, where OAuth checks whose DID is whose.
 * A profile connects with an app password (connector) or with atproto OAuth (oauth).
 */
export function createBlueskyAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const service = endpoints['bluesky'] ?? DEFAULT_SERVICE;
  return {
    manifest: blueskyManifest(service),
    connector: blueskyConnector(service),
    oauth: blueskyOAuth({ defaultService: service, plcUrl: endpoints['bluesky_plc'] ?? DEFAULT_PLC_DIRECTORY }),
    publisher: blueskyPublisher,
    inbox: blueskyInbox,
    metrics: blueskyMetrics,
    search: blueskySearch,
  };
}
