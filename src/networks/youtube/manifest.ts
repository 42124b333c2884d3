import type { NetworkManifest } from '../manifest.ts';

/**
 * YouTube, from the YouTube Data API v3 reference ("Videos" resource: title at most 100 characters,
 * description at most 5000 bytes without < or >, tags at most 500 characters; "Resumable Uploads"),
 * and YouTube Help ("Upload videos longer than 15 minutes": 256 GB or 12 hours at most; "Use
 * hashtags": over 60 hashtags and YouTube ignores them all).
 *
 * The post text becomes the description; the title comes from options.title or the text's first
 * line. The description limit is in UTF-8 bytes, which the manifest cannot say: publish checks it.
 * Quota: every project has 10,000 units a day, reset at midnight Pacific Time (videos.insert and
 * search.list are the costly calls).
 */
export const YOUTUBE_SCOPES = ['https://www.googleapis.com/auth/youtube.upload', 'https://www.googleapis.com/auth/youtube.force-ssl'];

export const youtubeManifest: NetworkManifest = {
  id: 'youtube',
  name: 'YouTube',
  color: '#FF0000',
  auth: {
    kind: 'oauth2',
    scopes: YOUTUBE_SCOPES,
    pkce: true,
    appCredentialsHelpUrl: 'https://developers.google.com/youtube/registering_an_application',
  },
  capabilities: { publish: true, inbox: ['comments'], metrics: true, search: true },
  text: { maxLength: 5000, counting: 'utf16', requiresMedia: true },
  media: {
    maxCount: 1,
    video: {
      maxCount: 1,
      types: ['video/mp4', 'video/quicktime', 'video/webm', 'video/x-msvideo', 'video/mpeg', 'video/3gpp', 'video/x-flv', 'video/x-ms-wmv'],
      maxBytes: 256 * 1024 ** 3,
      maxDurationSeconds: 12 * 3600,
    },
    mixing: false,
  },
  hashtags: { max: 60 },
  threads: false,
  firstComment: true,
  link: { preview: false, field: false },
};

export const YOUTUBE_TITLE_MAX = 100;
export const YOUTUBE_DESCRIPTION_MAX_BYTES = 5000;
export const YOUTUBE_TAGS_MAX_CHARS = 500;
