import type { NetworkAdapter } from './adapter.ts';
import { createBlueskyAdapter } from './bluesky/index.ts';
import { createFacebookAdapter } from './facebook/index.ts';
import { createInstagramAdapter } from './instagram/index.ts';
import { createGoogleBusinessAdapter } from './google_business/index.ts';
import { createLinkedInAdapter } from './linkedin/index.ts';
import { createMastodonAdapter } from './mastodon/index.ts';
import { createPinterestAdapter } from './pinterest/index.ts';
import { createSnapchatAdapter } from './snapchat/index.ts';
import { createTikTokAdapter } from './tiktok/index.ts';
import { createXAdapter } from './x/index.ts';
import { createYouTubeAdapter } from './youtube/index.ts';
import { createThreadsAdapter } from './threads/index.ts';
import { createMessengerAdapter } from './messenger/index.ts';
import { createWhatsAppAdapter } from './whatsapp/index.ts';

/** Where each network's API lives; tests point them at local servers. Keys are network ids. */
export type NetworkEndpoints = Partial<Record<string, string>>;

type AdapterFactory = (endpoints: NetworkEndpoints) => NetworkAdapter;

/** Every network Canopy knows. Adding one is one folder in src/networks and one line here. */
const factories: AdapterFactory[] = [
  createBlueskyAdapter,
  createFacebookAdapter,
  createInstagramAdapter,
  createGoogleBusinessAdapter,
  createLinkedInAdapter,
  createMastodonAdapter,
  createXAdapter,
  createPinterestAdapter,
  createSnapchatAdapter,
  createTikTokAdapter,
  createYouTubeAdapter,
  createThreadsAdapter,
  createMessengerAdapter,
  createWhatsAppAdapter,
];

export function createRegistry(endpoints: NetworkEndpoints = {}): Map<string, NetworkAdapter> {
  return new Map(factories.map((make) => make(endpoints)).map((a) => [a.manifest.id, a]));
}
