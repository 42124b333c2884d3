import type { NetworkAdapter } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { snapchatManifest } from './manifest.ts';

/** Snapchat is listed, with the reason it cannot be used; it has no connector and no capabilities. */
export function createSnapchatAdapter(_endpoints: NetworkEndpoints): NetworkAdapter {
  return { manifest: snapchatManifest };
}
