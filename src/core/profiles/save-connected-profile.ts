import { and, eq } from 'drizzle-orm';
import { profiles } from '../../db/schema.ts';
import type { Credentials, RemoteAccount } from '../../networks/adapter.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueInboxPoll } from '../inbox/inbox-queue.ts';
import type { WorkspaceContext } from '../types.ts';
import { mergeCredentials, openCredentials, sealCredentials } from './credentials.ts';

export interface ConnectedAccount {
  network: string;
  account: RemoteAccount;
  credentials: Credentials;
  connectedWith: 'oauth2' | 'credentials';
  subAccount?: { remoteId: string; name: string; kind: string };
}

/**
 * Stores a connected account as a profile of the workspace. Connecting the same account again
 * reconnects it: the credentials are replaced, except that a missing refresh token keeps the old
 * when it reconnects the same way.
 */
export async function saveConnectedProfile(ctx: WorkspaceContext, input: ConnectedAccount): Promise<string> {
  const remoteId = input.subAccount?.remoteId ?? input.account.remoteId;
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(profiles)
      .where(and(eq(profiles.workspaceId, ctx.workspace.id), eq(profiles.network, input.network), eq(profiles.remoteId, remoteId)));
    // Reconnecting the same way keeps what the new answer left out; connecting another way (an app
    // password, then OAuth) replaces the old credentials, so none of them lingers unused.
    const previous = existing?.connectedWith === input.connectedWith ? openCredentials(ctx.secrets, existing.credentials) : null;
    const credentials = mergeCredentials(previous, input.credentials);
    const fields = {
      handle: input.subAccount?.name ?? input.account.handle,
      displayName: input.subAccount?.name ?? input.account.displayName,
      avatarUrl: input.account.avatarUrl ?? null,
      serviceUrl: input.account.serviceUrl ?? null,
      subAccount: input.subAccount ?? null,
      status: 'connected' as const,
      statusReason: null,
      credentials: sealCredentials(ctx.secrets, credentials),
      connectedWith: input.connectedWith,
      tokenExpiresAt: credentials.expiresAt ?? null,
      refreshedAt: ctx.now(),
    };
    let id: string;
    if (existing) {
      await tx.update(profiles).set(fields).where(eq(profiles.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx
        .insert(profiles)
        .values({ ...fields, organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, network: input.network, remoteId, connectedBy: ctx.actor.userId })
        .returning({ id: profiles.id });
      id = row!.id;
    }
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: existing ? 'profile.reconnected' : 'profile.connected',
      targetType: 'profile',
      targetId: id,
      details: { network: input.network, handle: fields.handle },
    });
    // A new connection reads its last days of comments, mentions and messages at once.
    if (ctx.networks.get(input.network)?.inbox) await enqueueInboxPoll(ctx, { profileId: id, tx });
    return id;
  });
}
