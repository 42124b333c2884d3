import type { NetworkManifest } from '../manifest.ts';

/** What Canopy asks a Mastodon account for: read what it answers, write posts, media and favourites. */
export const MASTODON_SCOPES = [
  'read:accounts',
  'read:notifications',
  'read:search',
  'read:statuses',
  'write:statuses',
  'write:media',
  'write:favourites',
];

/**
 * Mastodon's defaults. Every instance may change them, and publishes its own in GET /api/v2/instance
 * (read by the adapter's liveLimits). Sources, docs.joinmastodon.org: "Instance" entity
 * (configuration.statuses: 500 characters, 4 attachments, 23 characters per URL;
 * configuration.media_attachments), "Posting to your profile" (one video or up to four images,
 * not both), "media API methods" (description up to 1500 characters), "statuses API methods"
 * (in_reply_to_id for threads and replies; Idempotency-Key).
 */
export const mastodonManifest: NetworkManifest = {
  id: 'mastodon',
  name: 'Mastodon',
  color: '#6364FF',
  auth: {
    kind: 'oauth2',
    scopes: MASTODON_SCOPES,
    pkce: true,
    // Apps are registered per instance, by Canopy itself (POST /api/v1/apps), when a person connects.
    appCredentialsHelpUrl: 'https://docs.joinmastodon.org/methods/apps/#create',
  },
  capabilities: {
    publish: true,
    inbox: ['comments', 'mentions', 'messages'],
    metrics: true,
    search: true,
  },
  text: { maxLength: 500, counting: 'codepoints', urlLength: 23 },
  media: {
    maxCount: 4,
    image: {
      types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic', 'image/heif', 'image/avif'],
      maxBytes: 16 * 1024 * 1024,
    },
    video: {
      types: ['video/mp4', 'video/webm', 'video/quicktime'],
      maxBytes: 99 * 1024 * 1024,
      maxCount: 1,
    },
    mixing: false,
    altText: { maxLength: 1500 },
  },
  threads: true,
  firstComment: true,
  link: { preview: true, field: false },
};
