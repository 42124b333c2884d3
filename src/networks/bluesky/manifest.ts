import type { NetworkManifest } from '../manifest.ts';

export const DEFAULT_SERVICE = 'https://bsky.social';
/** Where did:plc identities resolve. */
export const DEFAULT_PLC_DIRECTORY = 'https://plc.directory';

/**
 * Bluesky's limits, from Bluesky's docs and the lexicons that ship with @atproto/api:
 * - "Posts" (advanced guide) and the app.bsky.feed.post lexicon: text of at most 300 graphemes
 *   (3000 UTF-8 bytes); replies carry {root, parent} references.
 * - "Links, mentions, and rich text" (advanced guide): facets index UTF-8 bytes; link cards are
 *   app.bsky.embed.external.
 * - app.bsky.embed.images lexicon: up to 4 images with alt text and an aspect ratio. The lexicon now
 *   admits 2 MB per image (formerly 1 MB); we keep 1,000,000 bytes, which every PDS in the wild
 *   accepts, including self-hosted ones that validate against the older lexicon. The Bluesky app
 *   caps alt text at 2000 graphemes.
 * - "Uploading Video" (tutorial) and Bluesky's video announcements: one video per post, mp4, up to
 *   3 minutes and 100 MB (the app.bsky.embed.video lexicon already admits 300 MB blobs).
 *   A post's embed is one union member, so images, a video and a link card never share a post.
 * - "Rate Limits" (advanced guide): ratelimit-* headers on every response, which NetworkHttp keeps.
 */
export function blueskyManifest(defaultService: string = DEFAULT_SERVICE): NetworkManifest {
  return {
    id: 'bluesky',
    name: 'Bluesky',
    color: '#1185fe',
    auth: {
      kind: 'app_password',
      credentialFields: [
        { name: 'service', secret: false, defaultValue: defaultService },
        { name: 'identifier', secret: false },
        { name: 'appPassword', secret: true },
      ],
    },
    capabilities: { publish: true, inbox: ['comments', 'mentions'], metrics: true, search: true },
    text: { maxLength: 300, counting: 'graphemes' },
    media: {
      maxCount: 4,
      image: { types: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'], maxBytes: 1_000_000 },
      video: { types: ['video/mp4'], maxBytes: 100_000_000, maxDurationSeconds: 180, maxCount: 1 },
      mixing: false,
      altText: { maxLength: 2000 },
    },
    threads: true,
    firstComment: true,
    link: { preview: true, field: true },
  };
}
