import { Agent } from '@atproto/api';
import type { NodeSavedSession } from '@atproto/oauth-client-node';
import type { OAuthConnector, RemoteAccount } from '../adapter.ts';
import { ok, rejected, transient, unauthorized } from '../outcome.ts';
import { attempt } from './errors.ts';
import { outcomeOfOAuthError } from './oauth-errors.ts';
import {
  asRedirectUri,
  callClient,
  clientMetadataFor,
  credentialsOfSession,
  OAUTH_SCOPE,
  sessionClient,
  storedSessionOf,
  type IdentityServices,
  type PendingAuthorization,
  type StoredOAuthSession,
} from './oauth-client.ts';

/** Canopy is a public client: it proves possession of its DPoP key, and has no client secret. */
const PUBLIC_CLIENT = { method: 'none' } as const;

/** The handle the library reports when a DID's handle does not resolve back to it. */
const INVALID_HANDLE = 'handle.invalid';

function parsePending(raw: string | undefined): PendingAuthorization | null {
  if (!raw) return null;
  const pending = JSON.parse(raw) as Partial<PendingAuthorization>;
  if (!pending.iss || !pending.dpopJwk || !pending.clientId || !pending.redirectUri || !pending.plcUrl || !pending.handleResolver) return null;
  return pending as PendingAuthorization;
}

/**
 * Bluesky by atproto OAuth: the account's server is found from the handle, Canopy pushes its
 * authorization request there (PAR) with its own state and PKCE challenge and a fresh DPoP key,
 * and the person signs in and consents on their own server. Tokens are DPoP-bound and short-lived;
 * the refresh token rotates on every use.
 *
 * Canopy's state and PKCE verifier are the only ones: the library's authorize() would make its
 * own, so the request is pushed here through the library's server agent instead. At the callback
 * the library's state store is seeded under Canopy's state with Canopy's verifier and the DPoP
 * key kept in `pending`, and the library's callback() does the rest: the `iss` check against the
 * server the request went to, the code exchange, and the check that the account's DID document
 * names that server.
 */
export function blueskyOAuth(opts: { defaultService: string; plcUrl: string }): OAuthConnector {
  // Plain http only when Canopy is pointed at a local network (tests, the demo).
  const allowHttp = new URL(opts.defaultService).protocol === 'http:';

  return {
    kind: 'oauth2',
    appCredentials: 'none',

    clientMetadata({ clientId, redirectUri }) {
      const metadata = clientMetadataFor({ clientId, redirectUri });
      if (typeof metadata === 'string') return { error: 'invalid_client_metadata', error_description: metadata };
      return { ...metadata };
    },

    authorizationUrl() {
      throw new Error("Bluesky OAuth starts with beginAuthorization: the account's server is found and the request pushed first");
    },

    async beginAuthorization(http, { app, redirectUri, state, codeChallenge, serviceUrl, loginHint }) {
      const metadata = clientMetadataFor({ clientId: app.clientId, redirectUri });
      if (typeof metadata === 'string') return rejected(metadata, 'oauth_client_unusable');
      const identity: IdentityServices = { handleResolver: serviceUrl ?? opts.defaultService, plcUrl: opts.plcUrl };
      const { client } = callClient(http, { metadata, identity, allowHttp });
      const account = loginHint?.trim().replace(/^@/, '') || serviceUrl || opts.defaultService;
      try {
        const { identityInfo, metadata: server } = await client.oauthResolver.resolve(account);
        if (!server.pushed_authorization_request_endpoint) return rejected(`${server.issuer} does not take pushed authorization requests, which atproto requires.`, 'oauth_unsupported');
        if (!server.token_endpoint_auth_methods_supported?.includes(PUBLIC_CLIENT.method)) {
          return rejected(`${server.issuer} does not accept public clients such as Canopy.`, 'oauth_unsupported');
        }
        const dpopKey = await client.runtime.generateKey(server.dpop_signing_alg_values_supported ?? ['ES256']);
        const dpopJwk = dpopKey.privateJwk;
        if (!dpopJwk) throw new Error('The DPoP key has no private part to keep');
        const agent = await client.serverFactory.fromMetadata(server, PUBLIC_CLIENT, dpopKey);
        const hint = identityInfo && (identityInfo.handle !== INVALID_HANDLE ? identityInfo.handle : identityInfo.did);
        const par = await agent.request('pushed_authorization_request', {
          client_id: metadata.client_id,
          redirect_uri: asRedirectUri(redirectUri),
          response_type: 'code',
          response_mode: 'query',
          scope: OAUTH_SCOPE,
          state,
          code_challenge: codeChallenge,
          code_challenge_method: 'S256',
          ...(hint ? { login_hint: hint } : {}),
        });
        const url = new URL(server.authorization_endpoint);
        url.searchParams.set('client_id', metadata.client_id);
        url.searchParams.set('request_uri', par.request_uri);
        const pending: PendingAuthorization = { clientId: metadata.client_id, redirectUri, ...identity, iss: server.issuer, dpopJwk };
        return ok({ url: url.href, pending: JSON.stringify(pending) });
      } catch (err) {
        return outcomeOfOAuthError(err, { kind: 'rejected', code: 'oauth_refused' });
      }
    },

    async exchangeCode(http, { code, codeVerifier, pending: rawPending, callbackParams }) {
      const pending = parsePending(rawPending);
      const state = callbackParams?.state;
      if (!pending || !state) return rejected('This Bluesky sign-in was not started by Canopy, or its details were lost. Start again.', 'oauth_state_missing');
      const metadata = clientMetadataFor(pending);
      if (typeof metadata === 'string') return rejected(metadata, 'oauth_client_unusable');
      let saved: NodeSavedSession | undefined;
      const { client, states } = callClient(http, {
        metadata,
        identity: pending,
        allowHttp,
        onSessionSaved: async (session) => {
          saved = session;
        },
      });
      states.seed(state, { iss: pending.iss, dpopJwk: pending.dpopJwk, authMethod: PUBLIC_CLIENT, verifier: codeVerifier });
      const params = new URLSearchParams(callbackParams);
      params.set('code', code);
      let session;
      try {
        ({ session } = await client.callback(params, { redirect_uri: asRedirectUri(pending.redirectUri) }));
      } catch (err) {
        return outcomeOfOAuthError(err, { kind: 'rejected', code: 'oauth_refused' });
      }
      if (!saved) return transient('Bluesky signed the account in, but the session was not kept; try again.');
      const stored: StoredOAuthSession = { clientId: pending.clientId, redirectUri: pending.redirectUri, handleResolver: pending.handleResolver, plcUrl: pending.plcUrl, session: saved };
      const agent = new Agent(session);
      const me = await attempt(false, () => agent.com.atproto.server.getSession());
      if (me.kind !== 'ok') return me;
      if (me.value.data.active === false) {
        // Ending the session is a courtesy; the person is told either way, and it expires by itself.
        await client.revoke(session.did).catch((err: unknown) => outcomeOfOAuthError(err, { kind: 'rejected', code: 'revoke_failed' }));
        return rejected(`This Bluesky account cannot post right now: its host reports it as ${me.value.data.status ?? 'inactive'}.`, 'account_inactive');
      }
      const handle = me.value.data.handle;
      const profile = await attempt(false, () => agent.app.bsky.actor.getProfile({ actor: session.did }));
      const shown = profile.kind === 'ok' ? profile.value.data : undefined;
      const account: RemoteAccount = {
        remoteId: session.did,
        handle,
        displayName: shown?.displayName?.trim() || handle,
        ...(shown?.avatar ? { avatarUrl: shown.avatar } : {}),
        serviceUrl: new URL(saved.tokenSet.aud).origin,
      };
      return ok({ account, credentials: credentialsOfSession(stored) });
    },

    async refresh(http, { credentials }) {
      const stored = storedSessionOf(credentials);
      if (!stored) return unauthorized('invalid_grant: no Bluesky OAuth session is stored; reconnect Bluesky');
      let rotated: StoredOAuthSession | undefined;
      const { client } = sessionClient(http, stored, async (session) => {
        rotated = session;
      });
      try {
        await client.restore(stored.session.tokenSet.sub, true);
      } catch (err) {
        return outcomeOfOAuthError(err, { kind: 'unauthorized' });
      }
      return rotated ? ok(credentialsOfSession(rotated)) : transient('Bluesky answered the refresh without new tokens; try again.');
    },

    async revoke(http, { credentials }) {
      const stored = storedSessionOf(credentials);
      if (!stored) return ok(undefined);
      const { client } = sessionClient(http, stored, async () => {});
      try {
        await client.revoke(stored.session.tokenSet.sub);
        return ok(undefined);
      } catch (err) {
        return outcomeOfOAuthError(err, { kind: 'rejected', code: 'revoke_failed' });
      }
    },
  };
}
