import type { NetworkManifest } from '../manifest.ts';

/**
 * Snapchat, from Snap for Developers: "Public Profile API – Introduction". Posting to a Public
 * Profile (Stories, Saved Stories, Spotlight) is open only to partners Snap has approved; Snap Kit's
 * Creative Kit only hands a Snap to the Snapchat app on a phone. So a self-hosted Canopy with its
 * own app registration cannot publish, read replies or fetch figures, and lists Snapchat as
 * unavailable. The limits below describe a Spotlight post (a description of 160 characters
 * including hashtags, one image or one video of 5 to 60 seconds), for the day this changes.
 */
export const snapchatManifest: NetworkManifest = {
  id: 'snapchat',
  name: 'Snapchat',
  color: '#FFFC00',
  auth: { kind: 'none' },
  capabilities: { publish: false, inbox: [], metrics: false, search: false },
  unavailable:
    'Snapchat lets only partners it has approved post through its API, so Canopy cannot publish to Snapchat, read replies or show figures. Post in the Snapchat app instead.',
  text: { maxLength: 160, counting: 'utf16', requiresMedia: true },
  media: {
    maxCount: 1,
    image: { types: ['image/jpeg', 'image/png'], maxBytes: 20 * 1024 * 1024 },
    video: { maxCount: 1, types: ['video/mp4'], maxBytes: 500 * 1024 * 1024, minDurationSeconds: 5, maxDurationSeconds: 60 },
    mixing: false,
  },
  threads: false,
  firstComment: false,
  link: { preview: false, field: false },
};
