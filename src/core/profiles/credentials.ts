import type { Credentials } from '../../networks/adapter.ts';
import type { SecretBox } from '../secrets/box.ts';

export function sealCredentials(secrets: SecretBox, credentials: Credentials): string {
  return secrets.seal(JSON.stringify(credentials));
}

export function openCredentials(secrets: SecretBox, sealed: string): Credentials {
  const parsed = JSON.parse(secrets.open(sealed)) as Credentials & { expiresAt?: string };
  return { ...parsed, ...(parsed.expiresAt ? { expiresAt: new Date(parsed.expiresAt) } : {}) } as Credentials;
}

/**
 * New credentials over old ones: a network that answers a refresh without a new refresh token
 * (or with an empty one) leaves the old refresh token in place, so a reconnect or refresh never
 * wipes it.
 */
export function mergeCredentials(old: Credentials | null, fresh: Credentials): Credentials {
  const merged: Credentials = { ...(old ?? {}), ...fresh };
  if (!fresh.refreshToken && old?.refreshToken) merged.refreshToken = old.refreshToken;
  if (!fresh.refreshToken && !old?.refreshToken) delete merged.refreshToken;
  return merged;
}
