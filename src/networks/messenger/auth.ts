import type { OAuthConnector } from '../adapter.ts';
import { facebookLoginConnector, pagesAsSubAccounts } from '../meta/facebook-login.ts';
import { messengerManifest } from './manifest.ts';

/** Facebook Login with the messaging permissions; each Page becomes an inbox with its Page token. */
export function messengerConnector(baseUrl: string, now?: () => Date): OAuthConnector {
  return facebookLoginConnector({
    baseUrl,
    scopes: messengerManifest.auth.scopes ?? [],
    subAccountsOf: pagesAsSubAccounts,
    ...(now ? { now } : {}),
  });
}
