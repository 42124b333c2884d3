import type { NetworkManifest } from '../manifest.ts';

/**
 * TikTok, from TikTok for Developers: "Content Posting API – Direct Post" (video caption at most
 * 2200 UTF-16 runes; 6 init requests a minute per user token), "Photo Post" (description at most
 * 4000 runes, title at most 90, up to 35 photos, pulled from URLs), "Media Transfer Guide" (chunks,
 * video up to 4 GB) and "Content Sharing Guidelines" (about 15 posts a day per creator through the
 * API; unaudited apps post privately). The longest video a creator may post comes from
 * creator_info at publish time; 10 minutes is the usual figure.
 *
 * Canopy holds post text to 2200 so one text fits a video or a photo post.
 */
export const TIKTOK_SCOPES = ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.publish', 'video.list'];

export const tiktokManifest: NetworkManifest = {
  id: 'tiktok',
  name: 'TikTok',
  color: '#000000',
  auth: {
    kind: 'oauth2',
    scopes: TIKTOK_SCOPES,
    pkce: true,
    appCredentialsHelpUrl: 'https://developers.tiktok.com/doc/content-posting-api-get-started',
  },
  capabilities: { publish: true, inbox: [], metrics: true, search: false },
  text: { maxLength: 2200, counting: 'utf16', requiresMedia: true },
  media: {
    maxCount: 35,
    image: { types: ['image/jpeg', 'image/webp'], maxBytes: 20 * 1024 * 1024, maxWidth: 1080, maxHeight: 1920 },
    video: {
      maxCount: 1,
      types: ['video/mp4', 'video/quicktime', 'video/webm'],
      maxBytes: 4 * 1024 ** 3,
      minWidth: 360,
      maxWidth: 4096,
      maxHeight: 4096,
      minDurationSeconds: 3,
      maxDurationSeconds: 600,
    },
    mixing: false,
  },
  quotas: { postsPer24h: 15 },
  threads: false,
  firstComment: false,
  link: { preview: false, field: false },
};

export const TIKTOK_PHOTO_TITLE_MAX = 90;
