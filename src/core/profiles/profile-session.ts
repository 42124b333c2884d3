import { eq, inArray } from 'drizzle-orm';
import { batchedPerDatabase } from '../../db/batch-loader.ts';
import { profiles } from '../../db/schema.ts';
import type { AdapterSession } from '../../networks/adapter.ts';
import type { Outcome } from '../../networks/outcome.ts';
import { AppError, notFound } from '../errors.ts';
import type { AppContext } from '../types.ts';
import { appCredentialsFor, resolveAppCredentials } from './app-credentials.ts';
import { mergeCredentials, openCredentials, sealCredentials } from './credentials.ts';
import { connectorOf } from './find-network.ts';
import { refreshProfile } from './refresh-profile.ts';
import { sessionAccount } from './session-account.ts';

type ProfileRow = typeof profiles.$inferSelect;

/** Profiles read at the same moment (a burst of posts) share one statement. */
const profileRows = batchedPerDatabase<string, ProfileRow | null>(async (db, ids) => {
  const rows = await db.select().from(profiles).where(inArray(profiles.id, [...new Set(ids)]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
});

async function openSession(ctx: AppContext, row: ProfileRow): Promise<AdapterSession> {
  const oauth = row.connectedWith === 'oauth2' ? connectorOf(ctx.networks.get(row.network), 'oauth2') : undefined;
  const app = oauth?.kind === 'oauth2' ? await appCredentialsFor(ctx, oauth, row) : await resolveAppCredentials(ctx, row);
  const credentials = openCredentials(ctx.secrets, row.credentials);
  return {
    account: sessionAccount(row),
    credentials,
    ...(app ? { app } : {}),
    http: ctx.networkHttp(`${row.network}:${row.remoteId}`),
    saveCredentials: async (rotated) => {
      const merged = mergeCredentials(credentials, rotated);
      await ctx.db
        .update(profiles)
        .set({ credentials: sealCredentials(ctx.secrets, merged), tokenExpiresAt: merged.expiresAt ?? null, refreshedAt: ctx.now() })
        .where(eq(profiles.id, row.id));
    },
  };
}

/**
 * Calls a network as a profile. On `unauthorized` the tokens are refreshed once and the call made
 * again; a rate limit is remembered on the profile so people see until when.
 */
export async function withProfileSession<T>(ctx: AppContext, profileId: string, call: (session: AdapterSession) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  const load = async () => {
    const row = await profileRows(ctx.db).load(profileId);
    if (!row) throw notFound('The profile');
    if (row.status === 'needs_reconnect') throw new AppError('network_rejected', `${row.handle} needs to be reconnected: ${row.statusReason ?? ''}`);
    return row;
  };
  let outcome = await call(await openSession(ctx, await load()));
  if (outcome.kind === 'unauthorized' && (await refreshProfile(ctx, profileId)) === 'refreshed') {
    outcome = await call(await openSession(ctx, await load()));
  }
  if (outcome.kind === 'rate_limited') {
    await ctx.db.update(profiles).set({ rateLimitedUntil: outcome.retryAt }).where(eq(profiles.id, profileId));
  }
  return outcome;
}
