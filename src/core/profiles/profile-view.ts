import type { profiles } from '../../db/schema.ts';

export interface ProfileView {
  id: string;
  network: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
  serviceUrl: string | null;
  subAccount: { remoteId: string; name: string; kind: string } | null;
  /** How it was connected, for networks that offer more than one way (Bluesky). */
  connectedWith: 'oauth2' | 'credentials';
  status: 'connected' | 'needs_reconnect';
  statusReason: string | null;
  rateLimitedUntil: Date | null;
  access: 'all' | 'restricted';
  memberIds: string[];
  createdAt: Date;
}

/** What people and API clients see of a profile: never its credentials. */
export function toProfileView(row: typeof profiles.$inferSelect, memberIds: string[], now: Date): ProfileView {
  return {
    id: row.id,
    network: row.network,
    handle: row.handle,
    displayName: row.displayName,
    avatarUrl: row.avatarUrl,
    serviceUrl: row.serviceUrl,
    subAccount: row.subAccount,
    connectedWith: row.connectedWith,
    status: row.status,
    statusReason: row.statusReason,
    rateLimitedUntil: row.rateLimitedUntil && row.rateLimitedUntil > now ? row.rateLimitedUntil : null,
    access: row.access,
    memberIds,
    createdAt: row.createdAt,
  };
}
