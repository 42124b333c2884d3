import type { profiles } from '../../db/schema.ts';
import type { RemoteAccount } from '../../networks/adapter.ts';

type ProfileRow = typeof profiles.$inferSelect;

/** The account an adapter acts as, from a stored profile. */
export function sessionAccount(row: ProfileRow): RemoteAccount {
  return {
    remoteId: row.subAccount?.remoteId ?? row.remoteId,
    handle: row.handle,
    displayName: row.displayName,
    ...(row.avatarUrl ? { avatarUrl: row.avatarUrl } : {}),
    ...(row.serviceUrl ? { serviceUrl: row.serviceUrl } : {}),
  };
}

