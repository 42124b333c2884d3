import type { NetworkManifest } from '../manifest.ts';

/**
 * Pinterest, from the Pinterest API v5 reference ("Create Pin": title at most 100 characters,
 * description at most 500, alt_text at most 500, link at most 2048, a private `note`; carousels of
 * 2 to 5 images; "Register media upload" for video) and Pinterest's "Product specs" (images up to
 * 20 MB; video MP4, MOV or M4V, up to 2 GB, 4 seconds to 15 minutes), "Rate limits" and
 * "Authentication". Pinterest documents OAuth with the client secret at the token endpoint and no
 * PKCE, so none is sent.
 *
 * Each board is a profile (a sub-account); options.boardId picks another. Pinterest has no API for
 * comments, messages or searching other people's Pins, so there is no inbox or search.
 */
export const PINTEREST_SCOPES = ['boards:read', 'pins:read', 'pins:write', 'user_accounts:read'];

export const pinterestManifest: NetworkManifest = {
  id: 'pinterest',
  name: 'Pinterest',
  color: '#E60023',
  auth: {
    kind: 'oauth2',
    scopes: PINTEREST_SCOPES,
    pkce: false,
    appCredentialsHelpUrl: 'https://developers.pinterest.com/docs/getting-started/set-up-app/',
  },
  capabilities: { publish: true, inbox: [], metrics: true, search: false },
  text: { maxLength: 500, counting: 'utf16', requiresMedia: true },
  media: {
    maxCount: 5,
    image: { types: ['image/jpeg', 'image/png'], maxBytes: 20 * 1024 * 1024 },
    video: {
      maxCount: 1,
      types: ['video/mp4', 'video/quicktime', 'video/x-m4v'],
      maxBytes: 2 * 1024 ** 3,
      minDurationSeconds: 4,
      maxDurationSeconds: 15 * 60,
      minAspectRatio: 1 / 2,
      maxAspectRatio: 1.91,
    },
    mixing: false,
    altText: { maxLength: 500 },
  },
  threads: false,
  firstComment: false,
  link: { preview: false, field: true },
};

export const PIN_TITLE_MAX = 100;
