import type { NetworkManifest } from '../manifest.ts';

/**
 * Threads. Limits from Meta's docs: "Threads API › Overview" (250 API-published posts and 1,000
 * replies per profile in a moving 24 hours), "Threads API › Posts" (500 characters, an emoji
 * counting its UTF-8 bytes; carousels of up to 20 images and videos; one topic tag; link_attachment
 * on text posts; media fetched from a public URL), "Threads API › Media Specifications" (images
 * JPEG or PNG, 8 MB, aspect ratio up to 10:1; videos MOV or MP4, 1 GB, 5 minutes, aspect ratio
 * 0.01:1 to 10:1), alt text on images and videos (1,000 characters), and "Keyword and Topic Tag
 * Search" (2,200 queries per profile in a moving 24 hours). Images outside 320–1440 px wide are not
 * refused: Threads scales them up or down, so the manifest sets no width.
 * No counting mode says "emoji as UTF-8 bytes", so the manifest counts code points and the publisher
 * checks Threads' own count (text-length.ts) before anything is sent.
 */
export const threadsManifest: NetworkManifest = {
  id: 'threads',
  name: 'Threads',
  color: '#101010',
  auth: {
    kind: 'oauth2',
    scopes: ['threads_basic', 'threads_content_publish', 'threads_manage_replies', 'threads_read_replies', 'threads_manage_insights', 'threads_manage_mentions', 'threads_keyword_search'],
    // Threads' authorization window documents no PKCE; the code is redeemed with the app secret.
    pkce: false,
    appCredentialsHelpUrl: 'https://developers.facebook.com/apps/',
  },
  capabilities: {
    publish: true,
    inbox: ['comments', 'mentions'],
    metrics: true,
    search: true,
  },
  text: { maxLength: 500, counting: 'codepoints' },
  media: {
    maxCount: 20,
    image: { types: ['image/jpeg', 'image/png'], maxBytes: 8 * 1024 * 1024, minAspectRatio: 0.1, maxAspectRatio: 10 },
    video: { types: ['video/mp4', 'video/quicktime'], maxBytes: 1024 * 1024 * 1024, maxDurationSeconds: 300, minAspectRatio: 0.01, maxAspectRatio: 10, maxCount: 20 },
    mixing: true,
    altText: { maxLength: 1000 },
  },
  hashtags: { max: 1 },
  quotas: { postsPer24h: 250 },
  threads: true,
  firstComment: true,
  link: { preview: true, field: true },
};
