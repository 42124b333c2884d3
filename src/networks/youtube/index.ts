import type { NetworkAdapter } from '../adapter.ts';
import { googleOAuthBase } from '../google/oauth.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { createYouTubeConnector } from './auth.ts';
import type { YouTubeApi } from './client.ts';
import { createYouTubeInbox } from './inbox.ts';
import { youtubeManifest } from './manifest.ts';
import { createYouTubeMetrics } from './metrics.ts';
import { createYouTubePublisher } from './publish.ts';
import { createYouTubeSearch } from './search.ts';

/**
 * YouTube through the Data API v3. Two hosts: endpoints['youtube'] for the API and its upload path
 * (https://www.googleapis.com), and endpoints['google_oauth'] for Google's token and revoke
 * endpoints (https://oauth2.googleapis.com). Tests point both at local servers.
 */
export function createYouTubeAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const api: YouTubeApi = { base: endpoints['youtube'] ?? 'https://www.googleapis.com' };
  return {
    manifest: youtubeManifest,
    connector: createYouTubeConnector(api, googleOAuthBase(endpoints)),
    publisher: createYouTubePublisher(api),
    inbox: createYouTubeInbox(api),
    metrics: createYouTubeMetrics(api),
    search: createYouTubeSearch(api),
  };
}
