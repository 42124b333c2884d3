import type { Network } from '../api/types.ts';

/** Example addresses for networks hosted on many servers (the API's `registersPerServer`). */
const serverExamples: Partial<Record<string, string>> = {
  mastodon: 'https://mastodon.social',
};

/** The server to show as an example when a person names theirs. */
export function serverExample(network: Pick<Network, 'id'>): string {
  return serverExamples[network.id] ?? 'https://example.social';
}

/**
 * Networks whose OAuth sign-in starts from the account's handle (Bluesky): the network finds the
 * account's own server from it. The API does not say this of a network yet, so the app knows it here.
 */
export const handleFirstNetworks: Partial<Record<string, { example: string }>> = {
  bluesky: { example: 'alice.bsky.social' },
};

export type ConnectWay =
  /** A form on Canopy's page: a Bluesky app password, a WhatsApp token. */
  | 'credentials'
  /** Name the server first, then the server's own sign-in page (Mastodon). */
  | 'server'
  /** Give the account's handle, then its server's own sign-in page (Bluesky). */
  | 'handle'
  /** The network's own sign-in page. */
  | 'oauth'
  /** An OAuth network nobody has set app credentials for yet. */
  | 'needs_app';

export type ConnectKind =
  | ConnectWay
  /** Canopy cannot use it (Snapchat): shown, never connected. */
  | 'unavailable'
  /** More than one way (Bluesky: sign in on Bluesky, or an app password): the person chooses. */
  | 'choice';

/** How the network's OAuth sign-in goes, or null when it has none. */
export function oauthWay(network: Network): Exclude<ConnectWay, 'credentials'> | null {
  if (network.unavailable || !network.connectVia.includes('oauth2')) return null;
  if (network.registersPerServer) return 'server';
  if (network.needsAppCredentials && !network.appCredentials) return 'needs_app';
  return handleFirstNetworks[network.id] ? 'handle' : 'oauth';
}

/** Every way a profile of the network can connect, signing in on the network first. */
export function connectWays(network: Network): ConnectWay[] {
  if (network.unavailable) return [];
  const oauth = oauthWay(network);
  return [...(oauth ? [oauth] : []), ...(network.connectVia.includes('credentials') ? (['credentials'] as const) : [])];
}

export function connectKind(network: Network): ConnectKind {
  const ways = connectWays(network);
  if (ways.length > 1) return 'choice';
  return ways[0] ?? 'unavailable';
}

/** Whether a network's credentials form asks for an app password (Bluesky) rather than IDs and tokens. */
export function usesAppPassword(network: Network): boolean {
  return network.credentialFields.some((f) => f.name === 'appPassword');
}

/** OAuth networks whose app credentials an organization sets once, under Settings → Networks. */
export function takesAppCredentials(network: Network): boolean {
  return network.needsAppCredentials && !network.unavailable;
}

/** A handle as people type it ("@alice.bsky.social ") as the network knows it, or null if it cannot be one. */
export function handleInput(value: string): string | null {
  const handle = value.trim().replace(/^@/, '');
  return /^[^\s@/]+\.[^\s@/]+$/.test(handle) || /^did:[a-z]+:\S+$/.test(handle) ? handle : null;
}
