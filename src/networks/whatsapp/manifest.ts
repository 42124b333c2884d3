import type { NetworkManifest } from '../manifest.ts';

/**
 * WhatsApp Business through Meta's Cloud API, as an inbox. From Meta's docs: "Cloud API › Send
 * Messages" (text bodies up to 4,096 characters; link previews with preview_url), "Customer service
 * windows" (free-form answers within 24 hours of the customer's last message), "Webhooks › messages"
 * (incoming messages arrive only by webhook), "System users" (a business's long-lived token).
 * A profile is one business phone number: its phone number id and a system-user token.
 */
export const whatsappManifest: NetworkManifest = {
  id: 'whatsapp',
  name: 'WhatsApp Business',
  color: '#25D366',
  auth: {
    // Typed credentials rather than a sign-in: the contract's nearest kind is app_password.
    kind: 'app_password',
    appCredentialsHelpUrl: 'https://business.facebook.com/settings/system-users',
    credentialFields: [
      { name: 'phoneNumberId', secret: false },
      { name: 'accessToken', secret: true },
    ],
  },
  capabilities: {
    publish: false,
    inbox: ['messages'],
    metrics: false,
    search: false,
  },
  text: { maxLength: 4096, counting: 'utf16' },
  media: { maxCount: 0, mixing: false },
  threads: false,
  firstComment: false,
  link: { preview: true, field: false },
};
