import type { NetworkManifest } from '../manifest.ts';

/**
 * Instagram professional accounts through Facebook Login. Limits from Meta's docs: "Instagram
 * Platform › Content Publishing" (100 API-published posts per account in a moving 24 hours, a
 * carousel counting as one; media fetched from a public URL), "IG User › Media" (captions of 2,200
 * characters with at most 30 hashtags and 20 @ tags; images JPEG only, 8 MB, aspect ratio 4:5 to
 * 1.91:1; Reels MOV or MP4, 300 MB, 3 s to 15 min; carousels of up to 10 images and videos; alt
 * text on images only, with no documented length, so Canopy keeps it to 1,000) and "IG User ›
 * Content Publishing Limit". Images outside 320–1440 px wide are not refused: Instagram scales
 * them up or down, so the manifest sets no width.
 * Links in captions are not clickable, so there is no link field.
 */
export const instagramManifest: NetworkManifest = {
  id: 'instagram',
  name: 'Instagram',
  color: '#E1306C',
  auth: {
    kind: 'oauth2',
    scopes: [
      'pages_show_list',
      'pages_read_engagement',
      'instagram_basic',
      'instagram_content_publish',
      'instagram_manage_comments',
      'instagram_manage_insights',
      'instagram_manage_contents',
    ],
    // Facebook Login's Graph API code flow is for confidential apps and has no PKCE (see meta/facebook-login.ts).
    pkce: false,
    appCredentialsHelpUrl: 'https://developers.facebook.com/apps/',
  },
  capabilities: {
    publish: true,
    inbox: ['comments', 'mentions'],
    metrics: true,
    search: true,
  },
  text: { maxLength: 2200, counting: 'utf16', requiresMedia: true },
  media: {
    maxCount: 10,
    image: { types: ['image/jpeg'], maxBytes: 8 * 1024 * 1024, minAspectRatio: 0.8, maxAspectRatio: 1.91 },
    video: { types: ['video/mp4', 'video/quicktime'], maxBytes: 300 * 1024 * 1024, minDurationSeconds: 3, maxDurationSeconds: 15 * 60, maxCount: 10 },
    mixing: true,
    altText: { maxLength: 1000 },
  },
  hashtags: { max: 30 },
  mentions: { max: 20 },
  quotas: { postsPer24h: 100 },
  threads: false,
  firstComment: true,
  link: { preview: false, field: false },
};
