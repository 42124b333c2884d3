import type { NetworkManifest } from '../manifest.ts';

/**
 * Google Business Profile, from the Business Profile APIs reference ("accounts.locations.localPosts":
 * summary at most 1500 characters, media by sourceUrl, callToAction; "Posts on Google" photo
 * guidelines: JPG or PNG, 10 KB to 5 MB, at least 400 × 300 px) and "Work with review data".
 *
 * A post is a standard update (topicType STANDARD) with an optional photo and a button for the link.
 * Google fetches the photo from its public URL. Reviews are the inbox; there are no mentions,
 * messages or search, and no per-post figures (the Performance API reports per location).
 */
export const GOOGLE_BUSINESS_SCOPES = ['https://www.googleapis.com/auth/business.manage'];

export const googleBusinessManifest: NetworkManifest = {
  id: 'google_business',
  name: 'Google Business Profile',
  color: '#4285F4',
  auth: {
    kind: 'oauth2',
    scopes: GOOGLE_BUSINESS_SCOPES,
    pkce: true,
    appCredentialsHelpUrl: 'https://developers.google.com/my-business/content/prereqs',
  },
  capabilities: { publish: true, inbox: ['comments'], metrics: true, search: false },
  text: { maxLength: 1500, counting: 'utf16' },
  media: {
    maxCount: 1,
    image: { types: ['image/jpeg', 'image/png'], maxBytes: 5 * 1024 * 1024, minWidth: 400 },
    mixing: false,
  },
  threads: false,
  firstComment: false,
  link: { preview: false, field: true },
};

/** Call-to-action buttons a local post may carry ("LocalPost.CallToAction.ActionType"). */
export const CALL_TO_ACTIONS = ['BOOK', 'ORDER', 'SHOP', 'LEARN_MORE', 'SIGN_UP', 'CALL'];
