import { and, eq, or, sql } from 'drizzle-orm';
import { batchedPerDatabase } from '../../db/batch-loader.ts';
import { networkApps } from '../../db/schema.ts';
import type { AppCredentials, OAuthConnector } from '../../networks/adapter.ts';
import type { Outcome } from '../../networks/outcome.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ActorContext, AppContext } from '../types.ts';
import { clientMetadataUrl, findNetwork } from './find-network.ts';

export interface AppScope {
  organizationId: string;
  network: string;
  /** The server, for networks hosted anywhere. */
  serviceUrl?: string | null | undefined;
}

/** Networks that register per server keep one app per server: "mastodon@mastodon.social". */
function appKey(ctx: AppContext, scope: AppScope): string {
  const perServer = ctx.networks.get(scope.network)?.connector;
  return perServer?.kind === 'oauth2' && perServer.registerApp && scope.serviceUrl ? `${scope.network}@${new URL(scope.serviceUrl).host}` : scope.network;
}

type AppRow = typeof networkApps.$inferSelect;

/** Registrations read at the same moment (a burst of posts) share one statement. */
const registrations = batchedPerDatabase<{ organizationId: string; key: string }, AppRow | null>(async (db, keys) => {
  const rows = await db
    .select()
    .from(networkApps)
    .where(or(...keys.map((k) => and(eq(networkApps.organizationId, k.organizationId), eq(networkApps.network, k.key)))));
  return keys.map((k) => rows.find((r) => r.organizationId === k.organizationId && r.network === k.key) ?? null);
});

/** The organization's own app registration for a network, else the one set in the environment. */
export async function resolveAppCredentials(ctx: AppContext, scope: AppScope): Promise<AppCredentials | null> {
  const row = await registrations(ctx.db).load({ organizationId: scope.organizationId, key: appKey(ctx, scope) });
  if (row) return { clientId: row.clientId, ...(row.clientSecret ? { clientSecret: ctx.secrets.open(row.clientSecret) } : {}) };
  return ctx.config.networkApps[scope.network] ?? null;
}

/** App credentials for calls through an OAuth connector: none needed for atproto, where the client id is our metadata URL. */
export async function appCredentialsFor(ctx: AppContext, connector: OAuthConnector, scope: AppScope): Promise<AppCredentials | null> {
  if (connector.appCredentials === 'none') return { clientId: clientMetadataUrl(ctx.config.publicUrl, scope.network) };
  return resolveAppCredentials(ctx, scope);
}

/**
 * App credentials for a connection, registering Canopy on the person's server first where the
 * network works that way (Mastodon) and no registration exists yet.
 */
export async function ensureAppCredentials(ctx: AppContext, scope: AppScope, redirectUri: string): Promise<Outcome<AppCredentials> | null> {
  const known = await resolveAppCredentials(ctx, scope);
  if (known) return { kind: 'ok', value: known };
  const connector = ctx.networks.get(scope.network)?.connector;
  if (connector?.kind !== 'oauth2' || !connector.registerApp || !scope.serviceUrl) return null;
  const registered = await connector.registerApp(ctx.networkHttp(`${scope.network}:register`), { serviceUrl: scope.serviceUrl, redirectUri, website: ctx.config.publicUrl });
  if (registered.kind !== 'ok') return registered;
  const { clientId, clientSecret } = registered.value;
  await ctx.db
    .insert(networkApps)
    .values({ organizationId: scope.organizationId, network: appKey(ctx, scope), clientId, clientSecret: clientSecret ? ctx.secrets.seal(clientSecret) : null })
    .onConflictDoNothing();
  // Another request may have registered at the same moment; both keep whichever row landed first.
  const stored = await resolveAppCredentials(ctx, scope);
  return stored ? { kind: 'ok', value: stored } : null;
}

/** Sets the organization's app credentials for an OAuth network; the secret is sealed, and kept when none is sent. */
export async function setNetworkApp(ctx: ActorContext, input: { network: string; clientId: string; clientSecret?: string | undefined }): Promise<void> {
  findNetwork(ctx, input.network);
  const clientSecret = input.clientSecret ? ctx.secrets.seal(input.clientSecret) : null;
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(networkApps)
      .values({ organizationId: ctx.actor.organizationId, network: input.network, clientId: input.clientId, clientSecret })
      .onConflictDoUpdate({
        target: [networkApps.organizationId, networkApps.network],
        set: { clientId: input.clientId, ...(clientSecret ? { clientSecret } : {}), updatedAt: sql`now()` },
      });
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      actorId: ctx.actor.userId,
      action: 'network_app.updated',
      targetType: 'network_app',
      targetId: input.network,
      details: { network: input.network, clientId: input.clientId },
    });
  });
}

/** Removes the organization's own app credentials, so the environment's (if any) apply again. */
export async function removeNetworkApp(ctx: ActorContext, input: { network: string }): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(networkApps)
      .where(and(eq(networkApps.organizationId, ctx.actor.organizationId), eq(networkApps.network, input.network)))
      .returning({ network: networkApps.network });
    if (removed.length === 0) return false;
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      actorId: ctx.actor.userId,
      action: 'network_app.removed',
      targetType: 'network_app',
      targetId: input.network,
      details: { network: input.network },
    });
    return true;
  });
}

/** The organization's own app registrations: client ids, and whether a secret is kept (never the secret). */
export async function listNetworkApps(ctx: ActorContext) {
  const rows = await ctx.db.select().from(networkApps).where(eq(networkApps.organizationId, ctx.actor.organizationId));
  return rows.map((r) => ({ network: r.network, clientId: r.clientId, hasSecret: r.clientSecret !== null, updatedAt: r.updatedAt }));
}

/** Which networks have app credentials, and where they come from. */
export async function networkAppSources(ctx: ActorContext): Promise<Record<string, 'organization' | 'environment'>> {
  const rows = await ctx.db.select({ network: networkApps.network }).from(networkApps).where(eq(networkApps.organizationId, ctx.actor.organizationId));
  const sources: Record<string, 'organization' | 'environment'> = {};
  for (const id of Object.keys(ctx.config.networkApps)) sources[id] = 'environment';
  for (const r of rows) sources[r.network] = 'organization';
  return sources;
}
