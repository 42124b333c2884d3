import type { NetworkManifest } from '../manifest.ts';

/**
 * What Canopy asks a LinkedIn member for: the basic profile, posting as the member, and — through
 * the Community Management API product — reading and posting for the pages they administer, page
 * statistics and their own post statistics.
 */
export const LINKEDIN_SCOPES = [
  'r_basicprofile',
  'w_member_social',
  'r_member_postAnalytics',
  'r_organization_social',
  'w_organization_social',
  'rw_organization_admin',
];

/**
 * Limits from learn.microsoft.com/linkedin: "Posts API" (commentary up to 3000 characters, media
 * altText up to 4086; one image, video or document, or a MultiImage of 2 to 20 images; no mixing;
 * article content for links), "MultiImage API", "Images API" (JPG, PNG, GIF; under 36,152,320
 * pixels; the API states no byte limit, so 10 MB is Canopy's own cap), "Videos API" (MP4, 75 KB to
 * 500 MB, 3 seconds to 30 minutes), "Comments API" (first comment via socialActions). LinkedIn has
 * no threads.
 */
export const linkedinManifest: NetworkManifest = {
  id: 'linkedin',
  name: 'LinkedIn',
  color: '#0A66C2',
  auth: {
    kind: 'oauth2',
    scopes: LINKEDIN_SCOPES,
    // LinkedIn documents PKCE only for native apps on loopback redirects, enabled on request; a
    // server-side web app uses the plain 3-legged flow with its client secret.
    pkce: false,
    appCredentialsHelpUrl: 'https://www.linkedin.com/developers/apps',
  },
  capabilities: {
    publish: true,
    inbox: ['comments'],
    metrics: true,
    search: false,
  },
  text: { maxLength: 3000, counting: 'utf16' },
  media: {
    maxCount: 20,
    image: {
      types: ['image/jpeg', 'image/png', 'image/gif'],
      maxBytes: 10 * 1024 * 1024,
    },
    video: {
      types: ['video/mp4'],
      maxBytes: 500 * 1024 * 1024,
      maxCount: 1,
      minDurationSeconds: 3,
      maxDurationSeconds: 30 * 60,
    },
    mixing: false,
    altText: { maxLength: 4086 },
  },
  threads: false,
  firstComment: true,
  link: { preview: true, field: true },
};
