import type { Network } from '../api/types.ts';

/**
 * Networks hosted anywhere, where Canopy registers itself on each server as someone connects
 * (Mastodon): the person names their server, and no app credentials are set beforehand.
 * The API does not say this of a network yet, so the app knows it here.
 */
export const serverNetworks: Partial<Record<string, { example: string }>> = {
  mastodon: { example: 'https://mastodon.social' },
};

export type ConnectKind =
  /** Canopy cannot use it (Snapchat): shown, never connected. */
  | 'unavailable'
  /** A form on Canopy's page: a Bluesky app password, a WhatsApp token. */
  | 'credentials'
  /** Name the server first, then the server's own sign-in page (Mastodon). */
  | 'server'
  /** The network's own sign-in page. */
  | 'oauth'
  /** An OAuth network nobody has set app credentials for yet. */
  | 'needs_app';

export function connectKind(network: Network): ConnectKind {
  if (network.unavailable || network.authKind === 'none') return 'unavailable';
  if (network.authKind === 'app_password') return 'credentials';
  if (serverNetworks[network.id]) return 'server';
  return network.appCredentials ? 'oauth' : 'needs_app';
}

/** OAuth networks whose app credentials an organization sets once, under Settings → Networks. */
export function takesAppCredentials(network: Network): boolean {
  return network.authKind === 'oauth2' && !network.unavailable && !serverNetworks[network.id];
}
