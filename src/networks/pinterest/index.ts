import type { NetworkAdapter } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { createPinterestConnector } from './auth.ts';
import type { PinterestApi } from './client.ts';
import { pinterestManifest } from './manifest.ts';
import { createPinterestMetrics } from './metrics.ts';
import { createPinterestPublisher } from './publish.ts';

/** Pinterest API v5 and its token endpoint, on endpoints['pinterest'] (https://api.pinterest.com). */
export function createPinterestAdapter(endpoints: NetworkEndpoints, polling: { mediaPollIntervalMs?: number; mediaPolls?: number } = {}): NetworkAdapter {
  const api: PinterestApi = {
    base: endpoints['pinterest'] ?? 'https://api.pinterest.com',
    mediaPollIntervalMs: polling.mediaPollIntervalMs ?? 3_000,
    mediaPolls: polling.mediaPolls ?? 20,
  };
  return {
    manifest: pinterestManifest,
    connector: createPinterestConnector(api),
    publisher: createPinterestPublisher(api),
    metrics: createPinterestMetrics(api),
  };
}
