import type { OAuthConnector } from '../adapter.ts';
import { facebookLoginConnector, type ManagedPage, type SubAccountOfPage } from '../meta/facebook-login.ts';
import { instagramManifest } from './manifest.ts';

/**
 * Instagram professional accounts are reached through the Facebook Pages they are linked to
 * (Meta docs: "Instagram Platform › Instagram API with Facebook Login"): Facebook Login, then each
 * Page's instagram_business_account becomes a sub-account that acts with its Page's token.
 */
export function instagramAccountsOf(pages: ManagedPage[]): SubAccountOfPage[] {
  return pages.flatMap((page) => {
    const ig = page.instagram_business_account;
    if (!ig || !page.access_token) return [];
    // The name becomes the profile's handle, so it is the username as Instagram writes it, without @.
    return [{ remoteId: ig.id, name: ig.username ?? ig.name ?? page.name, kind: 'instagram_account', token: page.access_token }];
  });
}

export function instagramConnector(baseUrl: string, now?: () => Date): OAuthConnector {
  return facebookLoginConnector({
    baseUrl,
    scopes: instagramManifest.auth.scopes ?? [],
    pageFields: 'instagram_business_account{id,username,name,profile_picture_url}',
    subAccountsOf: instagramAccountsOf,
    ...(now ? { now } : {}),
  });
}
