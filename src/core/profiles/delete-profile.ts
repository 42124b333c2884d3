import { and, eq } from 'drizzle-orm';
import { profiles } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { appCredentialsFor } from './app-credentials.ts';
import { connectorOf } from './find-network.ts';
import { openCredentials } from './credentials.ts';

/** Removes a profile and, where the network allows it, revokes Canopy's access on the network. */
export async function deleteProfile(ctx: WorkspaceContext, input: { profileId: string }): Promise<void> {
  const [row] = await ctx.db.select().from(profiles).where(and(eq(profiles.id, input.profileId), eq(profiles.workspaceId, ctx.workspace.id)));
  if (!row) throw notFound('The profile');
  const connector = connectorOf(ctx.networks.get(row.network), row.connectedWith);
  if (connector?.kind === 'oauth2') {
    const app = await appCredentialsFor(ctx, connector, row);
    if (app) {
      const revoked = await connector.revoke(ctx.networkHttp(`${row.network}:${row.remoteId}`), {
        app,
        credentials: openCredentials(ctx.secrets, row.credentials),
        ...(row.serviceUrl ? { serviceUrl: row.serviceUrl } : {}),
      });
      // Removing the profile goes ahead either way; the person can also revoke on the network.
      if (revoked.kind !== 'ok') ctx.log.warn({ profileId: row.id, network: row.network, outcome: revoked.kind }, 'revoke failed');
    }
  }
  await ctx.db.transaction(async (tx) => {
    await tx.delete(profiles).where(eq(profiles.id, row.id));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'profile.removed',
      targetType: 'profile',
      targetId: row.id,
      details: { network: row.network, handle: row.handle },
    });
  });
}
