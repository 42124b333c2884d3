import type { Profile } from '../api/types.ts';

/**
 * A handle as people write it: "@alice.bsky.social". Pages and other sub-accounts go by their
 * name, and a name with spaces is not a handle either.
 */
export function displayHandle(handle: string, opts: { subAccount?: boolean } = {}): string {
  if (opts.subAccount || handle.startsWith('@') || /\s/.test(handle)) return handle;
  return `@${handle}`;
}

export function profileHandle(profile: Pick<Profile, 'handle' | 'subAccount'>): string {
  return displayHandle(profile.handle, { subAccount: profile.subAccount !== null });
}

/** The server a profile lives on, by its host: "bsky.social", "mastodon.social". */
export function serverHost(serviceUrl: string | null): string | null {
  if (!serviceUrl) return null;
  try {
    return new URL(serviceUrl).host;
  } catch {
    return serviceUrl;
  }
}
