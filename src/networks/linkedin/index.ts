import type { NetworkAdapter } from '../adapter.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { createLinkedInConnector } from './auth.ts';
import { createLinkedInInbox } from './inbox.ts';
import { linkedinManifest } from './manifest.ts';
import { createLinkedInMetrics } from './metrics.ts';
import { createLinkedInPublisher } from './publish.ts';

/**
 * LinkedIn members and the pages they administer. The API lives on api.linkedin.com and OAuth on
 * www.linkedin.com; a test endpoint serves both.
 */
export function createLinkedInAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const override = endpoints['linkedin']?.replace(/\/+$/, '');
  const base = override ?? 'https://api.linkedin.com';
  return {
    manifest: linkedinManifest,
    connector: createLinkedInConnector(base, override ?? 'https://www.linkedin.com'),
    publisher: createLinkedInPublisher(base),
    inbox: createLinkedInInbox(base),
    metrics: createLinkedInMetrics(base),
  };
}
