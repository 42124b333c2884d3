import type { NetworkAdapter } from '../adapter.ts';
import { FACEBOOK_GRAPH_URL } from '../meta/graph-api.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { whatsappConnector } from './auth.ts';
import { whatsappInbox } from './inbox.ts';
import { whatsappManifest } from './manifest.ts';

export { answerSubscriptionCheck, parseWhatsAppWebhook, verifyWebhookSignature } from './webhook.ts';

export function createWhatsAppAdapter(endpoints: NetworkEndpoints): NetworkAdapter {
  const baseUrl = endpoints['whatsapp'] ?? FACEBOOK_GRAPH_URL;
  return {
    manifest: whatsappManifest,
    connector: whatsappConnector(baseUrl),
    inbox: whatsappInbox(baseUrl),
  };
}
