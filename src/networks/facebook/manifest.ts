import type { NetworkManifest } from '../manifest.ts';

/**
 * Facebook Pages. Limits from Meta's docs: "Pages API › Posts" (feed posts, links), "Graph API
 * Reference › Photo" (static images under 10 MB, `published=false`, `alt_text_custom`), "Video API ›
 * Publishing" (non-resumable uploads up to 1 GB and 20 minutes, which is the upload Canopy uses),
 * and Facebook's 63,206-character limit on a post's text. Multi-photo posts attach unpublished
 * photos with attached_media; Canopy caps them at 10. Alt text goes with each photo; Meta sets no
 * length for it, so Canopy keeps it to 1,000 characters.
 */
export const facebookManifest: NetworkManifest = {
  id: 'facebook',
  name: 'Facebook',
  color: '#0866FF',
  auth: {
    kind: 'oauth2',
    scopes: ['pages_show_list', 'pages_read_engagement', 'pages_manage_posts', 'pages_read_user_content', 'pages_manage_engagement', 'read_insights'],
    // Facebook Login's Graph API code flow is for confidential apps and has no PKCE (see meta/facebook-login.ts).
    pkce: false,
    appCredentialsHelpUrl: 'https://developers.facebook.com/apps/',
  },
  capabilities: {
    publish: true,
    inbox: ['comments', 'mentions'],
    metrics: true,
    search: false,
  },
  text: { maxLength: 63_206, counting: 'utf16' },
  media: {
    maxCount: 10,
    image: { types: ['image/jpeg', 'image/png', 'image/gif', 'image/tiff', 'image/webp'], maxBytes: 10 * 1024 * 1024 },
    video: { types: ['video/mp4', 'video/quicktime'], maxBytes: 1024 * 1024 * 1024, maxDurationSeconds: 20 * 60, maxCount: 1 },
    mixing: false,
    altText: { maxLength: 1000 },
  },
  quotas: {},
  threads: false,
  firstComment: true,
  link: { preview: true, field: true },
};
