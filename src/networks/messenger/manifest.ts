import type { NetworkManifest } from '../manifest.ts';

/**
 * Facebook Messenger, the inbox of a Page. Limits from Meta's docs: "Messenger Platform › Send API"
 * (text messages up to 2,000 characters), "Messenger Platform › Policy Overview" (a Page may answer
 * within 24 hours of the person's last message), "Graph API Reference › Page › Conversations".
 * It publishes nothing: it only reads conversations and answers them.
 */
export const messengerManifest: NetworkManifest = {
  id: 'messenger',
  name: 'Messenger',
  color: '#0084FF',
  auth: {
    kind: 'oauth2',
    scopes: ['pages_show_list', 'pages_manage_metadata', 'pages_messaging'],
    // Facebook Login's Graph API code flow is for confidential apps and has no PKCE (see meta/facebook-login.ts).
    pkce: false,
    appCredentialsHelpUrl: 'https://developers.facebook.com/apps/',
  },
  capabilities: {
    publish: false,
    inbox: ['messages'],
    metrics: false,
    search: false,
  },
  text: { maxLength: 2000, counting: 'utf16' },
  media: { maxCount: 0, mixing: false },
  threads: false,
  firstComment: false,
  link: { preview: true, field: false },
};
