import { eq } from 'drizzle-orm';
import { profiles } from '../../db/schema.ts';
import type { AppContext } from '../types.ts';
import { appCredentialsFor } from './app-credentials.ts';
import { connectorOf } from './find-network.ts';
import { mergeCredentials, openCredentials, sealCredentials } from './credentials.ts';
import { markNeedsReconnect } from './mark-needs-reconnect.ts';
import { sessionAccount } from './session-account.ts';

export type RefreshResult = 'refreshed' | 'skipped' | 'needs_reconnect' | 'retry_later';

/**
 * Refreshes a profile's tokens. Only a real revocation disconnects it; a timeout, a 5xx or a rate
 * limit leaves it connected with its old tokens, to be tried again.
 */
export async function refreshProfile(ctx: AppContext, profileId: string): Promise<RefreshResult> {
  const [row] = await ctx.db.select().from(profiles).where(eq(profiles.id, profileId));
  if (!row || row.status !== 'connected') return 'skipped';
  const connector = connectorOf(ctx.networks.get(row.network), row.connectedWith);
  if (!connector) return 'skipped';
  const credentials = openCredentials(ctx.secrets, row.credentials);
  const http = ctx.networkHttp(`${row.network}:${row.remoteId}`);
  let outcome;
  if (connector.kind === 'oauth2') {
    const app = await appCredentialsFor(ctx, connector, row);
    if (!app) return 'retry_later';
    outcome = await connector.refresh(http, { app, credentials, ...(row.serviceUrl ? { serviceUrl: row.serviceUrl } : {}) });
  } else {
    outcome = await connector.refresh(http, { credentials, account: sessionAccount(row) });
  }
  switch (outcome.kind) {
    case 'ok': {
      const merged = mergeCredentials(credentials, outcome.value);
      await ctx.db
        .update(profiles)
        .set({ credentials: sealCredentials(ctx.secrets, merged), tokenExpiresAt: merged.expiresAt ?? null, refreshedAt: ctx.now(), rateLimitedUntil: null })
        .where(eq(profiles.id, row.id));
      return 'refreshed';
    }
    case 'unauthorized':
      await markNeedsReconnect(ctx, { profileId: row.id, reason: outcome.reason });
      return 'needs_reconnect';
    case 'rate_limited':
      await ctx.db.update(profiles).set({ rateLimitedUntil: outcome.retryAt }).where(eq(profiles.id, row.id));
      return 'retry_later';
    default:
      ctx.log.warn({ profileId: row.id, network: row.network, outcome: outcome.kind, reason: outcome.reason }, 'token refresh failed; will retry');
      return 'retry_later';
  }
}
