import { and, eq, gt } from 'drizzle-orm';
import { oauthStates } from '../../db/schema.ts';
import { hashToken } from '../accounts/opaque-token.ts';
import { AppError, forbidden } from '../errors.ts';
import { can } from '../policies/permissions.ts';
import type { ActorContext } from '../types.ts';
import { enterWorkspace } from '../workspaces/enter-workspace.ts';
import { appCredentialsFor } from './app-credentials.ts';
import { findNetwork, oauthConnectorOf } from './find-network.ts';
import { appErrorOfFailure } from './network-failure.ts';
import { saveConnectedProfile } from './save-connected-profile.ts';
import { oauthRedirectUri } from './start-oauth.ts';

/**
 * Finishes an OAuth connection when the network sends the person back. The state is used once,
 * must be fresh, and must belong to the same signed-in person who started it.
 */
export async function completeOAuth(
  ctx: ActorContext,
  input: { network: string; state: string; code: string; callbackParams: Record<string, string> },
): Promise<{ workspaceId: string; profileIds: string[] }> {
  const [started] = await ctx.db
    .delete(oauthStates)
    .where(and(eq(oauthStates.stateHash, hashToken(input.state)), eq(oauthStates.network, input.network), gt(oauthStates.expiresAt, ctx.now())))
    .returning();
  if (!started) throw new AppError('validation_failed', 'This connection attempt expired or was already used. Start again from Profiles.');
  if (started.userId !== ctx.actor.userId) throw forbidden('This connection was started by someone else.');
  const ws = await enterWorkspace(ctx, started.workspaceId);
  if (!can(ws.workspace.role, 'profiles.manage')) throw forbidden();
  const adapter = findNetwork(ctx, input.network);
  const connector = oauthConnectorOf(adapter);
  if (!connector) throw new AppError('validation_failed', 'Not an OAuth network.');
  const app = await appCredentialsFor(ctx, connector, { organizationId: ws.workspace.organizationId, network: input.network, serviceUrl: started.serviceUrl });
  if (!app) throw new AppError('network_not_configured', `The app credentials for ${adapter.manifest.name} were removed. Set them again.`);
  const outcome = await connector.exchangeCode(ctx.networkHttp(`${input.network}:connect:${ws.workspace.id}`), {
    app,
    code: input.code,
    codeVerifier: ctx.secrets.open(started.codeVerifier),
    redirectUri: oauthRedirectUri(ctx.config.publicUrl, input.network),
    callbackParams: input.callbackParams,
    ...(started.serviceUrl ? { serviceUrl: started.serviceUrl } : {}),
    ...(started.pending ? { pending: ctx.secrets.open(started.pending) } : {}),
  });
  if (outcome.kind !== 'ok') throw appErrorOfFailure(adapter.manifest.name, outcome);
  const { account, credentials } = outcome.value;
  // A person's account that only reaches pages, organizations or locations becomes one profile each.
  const targets = account.subAccounts?.length ? account.subAccounts.map((subAccount) => ({ subAccount })) : [{}];
  const profileIds: string[] = [];
  for (const target of targets) {
    profileIds.push(await saveConnectedProfile(ws, { network: input.network, account, credentials, connectedWith: 'oauth2', ...target }));
  }
  return { workspaceId: ws.workspace.id, profileIds };
}
