import type { NetworkManifest } from '../manifest.ts';

/** OAuth 2 scopes Canopy asks X for (docs.x.com, "OAuth 2.0 Authorization Code Flow with PKCE", Scopes). */
export const X_SCOPES = [
  'tweet.read',
  'tweet.write',
  'tweet.moderate.write',
  'users.read',
  'like.write',
  'dm.read',
  'dm.write',
  'media.write',
  // Without it X issues no refresh token and the access token dies after two hours.
  'offline.access',
];

/**
 * Limits from docs.x.com: "Counting characters" (280 weighted with twitter-text; URLs count 23),
 * "Media best practices" and "Upload media" (up to 4 images, or one GIF or video; images 5 MB,
 * videos 512 MB, 0.5 to 140 seconds, 32×32 to 1920×1200, aspect ratio 1:3 to 3:1; alt text up to
 * 1000 characters via POST /2/media/metadata), "Create Post" (reply.in_reply_to_tweet_id for threads
 * and first comments), and X Help "About X limits" (2,400 posts a day per account).
 */
export const xManifest: NetworkManifest = {
  id: 'x',
  name: 'X',
  color: '#000000',
  auth: {
    kind: 'oauth2',
    scopes: X_SCOPES,
    pkce: true,
    appCredentialsHelpUrl: 'https://developer.x.com/en/portal/dashboard',
  },
  capabilities: {
    publish: true,
    inbox: ['comments', 'mentions', 'messages'],
    metrics: true,
    search: true,
  },
  text: { maxLength: 280, counting: 'weighted', urlLength: 23 },
  media: {
    maxCount: 4,
    image: {
      types: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
      maxBytes: 5 * 1024 * 1024,
    },
    video: {
      types: ['video/mp4', 'video/quicktime'],
      maxBytes: 512 * 1024 * 1024,
      maxCount: 1,
      minDurationSeconds: 0.5,
      maxDurationSeconds: 140,
      minWidth: 32,
      maxWidth: 1920,
      maxHeight: 1200,
      minAspectRatio: 1 / 3,
      maxAspectRatio: 3,
    },
    mixing: false,
    altText: { maxLength: 1000 },
  },
  quotas: { postsPer24h: 2400 },
  threads: true,
  firstComment: true,
  link: { preview: true, field: false },
};
