import type { NetworkAdapter } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { threadsConnector } from './auth.ts';
import { threadsInbox } from './inbox.ts';
import { threadsManifest } from './manifest.ts';
import { threadsMetrics } from './metrics.ts';
import { threadsPublisher } from './publish.ts';
import { threadsSearch } from './search.ts';

export const THREADS_GRAPH_URL = 'https://graph.threads.net';

/** `containerDelaysMs` lets tests look at container status without waiting as Meta suggests. */
export function createThreadsAdapter(endpoints: NetworkEndpoints, opts: { containerDelaysMs?: number[] } = {}): NetworkAdapter {
  const baseUrl = endpoints['threads'] ?? THREADS_GRAPH_URL;
  const options = { baseUrl, ...opts };
  return {
    manifest: threadsManifest,
    connector: threadsConnector(baseUrl),
    publisher: threadsPublisher(options),
    inbox: threadsInbox(options),
    metrics: threadsMetrics(options),
    search: threadsSearch(options),
  };
}
