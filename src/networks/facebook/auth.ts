import type { OAuthConnector } from '../adapter.ts';
import { facebookLoginConnector, pagesAsSubAccounts } from '../meta/facebook-login.ts';
import { facebookManifest } from './manifest.ts';

/**
 * Facebook Login for Pages: the person's account, with each Page they manage as a sub-account and
 * that Page's token kept for it. Profiles are made from the Pages; a person's own timeline cannot
 * be posted to through the API.
 */
export function facebookConnector(baseUrl: string, now?: () => Date): OAuthConnector {
  return facebookLoginConnector({
    baseUrl,
    scopes: facebookManifest.auth.scopes ?? [],
    subAccountsOf: pagesAsSubAccounts,
    ...(now ? { now } : {}),
  });
}
