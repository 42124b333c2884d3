import { createHash, randomBytes } from 'node:crypto';
import { oauthStates } from '../../db/schema.ts';
import { hashToken } from '../accounts/opaque-token.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { ensureAppCredentials } from './app-credentials.ts';
import { appErrorOfFailure } from './network-failure.ts';
import { clientMetadataUrl, findNetwork, oauthConnectorOf } from './find-network.ts';

const STATE_MINUTES = 15;

export function oauthRedirectUri(publicUrl: string, network: string): string {
  return `${publicUrl}/api/v1/oauth/callback/${network}`;
}

/** Begins an OAuth connection with PKCE; the person is sent to the returned URL. */
export async function startOAuth(
  ctx: WorkspaceContext,
  input: { network: string; serviceUrl?: string | undefined; loginHint?: string | undefined },
): Promise<{ authorizationUrl: string }> {
  const adapter = findNetwork(ctx, input.network);
  const connector = oauthConnectorOf(adapter);
  if (!connector) {
    throw new AppError('validation_failed', `${adapter.manifest.name} connects with credentials, not OAuth.`, {
      problems: [{ field: 'params.network', message: 'not an OAuth network' }],
    });
  }
  const redirectUri = oauthRedirectUri(ctx.config.publicUrl, input.network);
  const ensured =
    connector.appCredentials === 'none'
      ? { kind: 'ok' as const, value: { clientId: clientMetadataUrl(ctx.config.publicUrl, input.network) } }
      : await ensureAppCredentials(ctx, { organizationId: ctx.workspace.organizationId, network: input.network, serviceUrl: input.serviceUrl }, redirectUri);
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
  const request = { app, redirectUri, state, codeChallenge, ...(input.serviceUrl ? { serviceUrl: input.serviceUrl } : {}) };
  let begun: { url: string; pending?: string };
  if (connector.beginAuthorization) {
    const outcome = await connector.beginAuthorization(ctx.networkHttp(`${input.network}:connect:${ctx.workspace.id}`), {
      ...request,
      ...(input.loginHint ? { loginHint: input.loginHint } : {}),
    });
    if (outcome.kind !== 'ok') throw appErrorOfFailure(adapter.manifest.name, outcome);
    begun = outcome.value;
  } else {
    begun = { url: connector.authorizationUrl(request) };
  }
  await ctx.db.insert(oauthStates).values({
    stateHash: hashToken(state),
    workspaceId: ctx.workspace.id,
    userId: ctx.actor.userId,
    network: input.network,
    codeVerifier: ctx.secrets.seal(verifier),
    serviceUrl: input.serviceUrl ?? null,
    pending: begun.pending ? ctx.secrets.seal(begun.pending) : null,
    expiresAt: new Date(ctx.now().getTime() + STATE_MINUTES * 60_000),
  });
  return { authorizationUrl: begun.url };
}
