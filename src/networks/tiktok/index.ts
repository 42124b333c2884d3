import type { NetworkAdapter } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { createTikTokConnector } from './auth.ts';
import type { TikTokApi } from './client.ts';
import { tiktokManifest } from './manifest.ts';
import { createTikTokMetrics } from './metrics.ts';
import { createTikTokPublisher } from './publish.ts';

/**
 * TikTok: Login Kit, Content Posting API (Direct Post) and Display API, all on
 * endpoints['tiktok'] (https://open.tiktokapis.com). TikTok offers no comments or search API
 * to apps like Canopy (its Research API is for academic researchers).
 */
export function createTikTokAdapter(endpoints: NetworkEndpoints, polling: { statusPollIntervalMs?: number; statusPolls?: number } = {}): NetworkAdapter {
  const api: TikTokApi = {
    base: endpoints['tiktok'] ?? 'https://open.tiktokapis.com',
    statusPollIntervalMs: polling.statusPollIntervalMs ?? 3_000,
    statusPolls: polling.statusPolls ?? 20,
  };
  return {
    manifest: tiktokManifest,
    connector: createTikTokConnector(api),
    publisher: createTikTokPublisher(api),
    metrics: createTikTokMetrics(api),
  };
}
