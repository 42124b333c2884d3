import { and, eq, sql } from 'drizzle-orm';
import { networkApps } from '../../db/schema.ts';
import type { AppCredentials } from '../../networks/adapter.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ActorContext, AppContext } from '../types.ts';
import { findNetwork } from './find-network.ts';

/** The organization's own app registration for a network, else the one set in the environment. */
export async function resolveAppCredentials(ctx: AppContext, organizationId: string, network: string): Promise<AppCredentials | null> {
  const [row] = await ctx.db
    .select()
    .from(networkApps)
    .where(and(eq(networkApps.organizationId, organizationId), eq(networkApps.network, network)));
  if (row) return { clientId: row.clientId, ...(row.clientSecret ? { clientSecret: ctx.secrets.open(row.clientSecret) } : {}) };
  return ctx.config.networkApps[network] ?? null;
}

/** Sets the organization's app credentials for an OAuth network; the secret is sealed. */
export async function setNetworkApp(ctx: ActorContext, input: { network: string; clientId: string; clientSecret?: string | undefined }): Promise<void> {
  findNetwork(ctx, input.network);
  const clientSecret = input.clientSecret ? ctx.secrets.seal(input.clientSecret) : null;
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(networkApps)
      .values({ organizationId: ctx.actor.organizationId, network: input.network, clientId: input.clientId, clientSecret })
      .onConflictDoUpdate({
        target: [networkApps.organizationId, networkApps.network],
        set: { clientId: input.clientId, clientSecret, updatedAt: sql`now()` },
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

/** Which networks have app credentials, and where they come from. */
export async function networkAppSources(ctx: ActorContext): Promise<Record<string, 'organization' | 'environment'>> {
  const rows = await ctx.db.select({ network: networkApps.network }).from(networkApps).where(eq(networkApps.organizationId, ctx.actor.organizationId));
  const sources: Record<string, 'organization' | 'environment'> = {};
  for (const id of Object.keys(ctx.config.networkApps)) sources[id] = 'environment';
  for (const r of rows) sources[r.network] = 'organization';
  return sources;
}
