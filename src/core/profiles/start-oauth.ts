import { createHash, randomBytes } from 'node:crypto';
import { oauthStates } from '../../db/schema.ts';
import { hashToken } from '../accounts/opaque-token.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { ensureAppCredentials } from './app-credentials.ts';
import { appErrorOfFailure } from './network-failure.ts';
import { findNetwork } from './find-network.ts';

const STATE_MINUTES = 15;

export function oauthRedirectUri(publicUrl: string, network: string): string {
  return `${publicUrl}/api/v1/oauth/callback/${network}`;
}

/** Begins an OAuth connection with PKCE; the person is sent to the returned URL. */
export async function startOAuth(ctx: WorkspaceContext, input: { network: string; serviceUrl?: string | undefined }): Promise<{ authorizationUrl: string }> {
  const adapter = findNetwork(ctx, input.network);
  const connector = adapter.connector;
  if (connector?.kind !== 'oauth2') {
    throw new AppError('validation_failed', `${adapter.manifest.name} connects with credentials, not OAuth.`, {
      problems: [{ field: 'params.network', message: 'not an OAuth network' }],
    });
  }
  const redirectUri = oauthRedirectUri(ctx.config.publicUrl, input.network);
  const ensured = await ensureAppCredentials(ctx, { organizationId: ctx.workspace.organizationId, network: input.network, serviceUrl: input.serviceUrl }, redirectUri);
  if (ensured && ensured.kind !== 'ok') throw appErrorOfFailure(adapter.manifest.name, ensured);
  const app = ensured?.value;
  if (!app) {
    throw new AppError(
      'network_not_configured',
      `Canopy has no app credentials for ${adapter.manifest.name} yet. An admin sets them under Settings → Networks${adapter.manifest.auth.appCredentialsHelpUrl ? ` (how to get them: ${adapter.manifest.auth.appCredentialsHelpUrl})` : ''}.`,
    );
  }
  const state = randomBytes(32).toString('base64url');
  const verifier = randomBytes(48).toString('base64url');
  const codeChallenge = createHash('sha256').update(verifier).digest('base64url');
  await ctx.db.insert(oauthStates).values({
    stateHash: hashToken(state),
    workspaceId: ctx.workspace.id,
    userId: ctx.actor.userId,
    network: input.network,
    codeVerifier: ctx.secrets.seal(verifier),
    serviceUrl: input.serviceUrl ?? null,
    expiresAt: new Date(ctx.now().getTime() + STATE_MINUTES * 60_000),
  });
  const authorizationUrl = connector.authorizationUrl({
    app,
    redirectUri,
    state,
    codeChallenge,
    ...(input.serviceUrl ? { serviceUrl: input.serviceUrl } : {}),
  });
  return { authorizationUrl };
}
