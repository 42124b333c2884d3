import type { AppCredentials, OAuthConnector } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { authorizationCodeUrl, callRevokeEndpoint, callTokenEndpoint, credentialsFromToken, type TokenEndpointCall } from '../oauth2.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { callXWithToken } from './client.ts';
import { X_SCOPES } from './manifest.ts';
import type { XUser } from './types.ts';

const AUTHORIZE_URL = 'https://x.com/i/oauth2/authorize';

/**
 * X's OAuth 2 Authorization Code Flow with PKCE (docs.x.com, "OAuth 2.0 Authorization Code Flow
 * with PKCE"): confidential clients authenticate at the token endpoint with HTTP Basic, public ones
 * name their client_id. Access tokens last two hours; every refresh returns a new refresh token and
 * retires the old one. A dead refresh token is answered `invalid_request` ("Value passed for the
 * token was invalid"), not `invalid_grant`.
 */
export function createXConnector(apiBase: string): OAuthConnector {
  const client = (app: AppCredentials): Pick<TokenEndpointCall, 'basicAuth'> & { form: Record<string, string> } =>
    app.clientSecret ? { basicAuth: { clientId: app.clientId, clientSecret: app.clientSecret }, form: {} } : { form: { client_id: app.clientId } };
  const grantIsGone = (error: string, description: string) => error === 'invalid_request' && /token was invalid|refresh token/i.test(description);

  return {
    kind: 'oauth2',

    authorizationUrl({ app, redirectUri, state, codeChallenge }) {
      return authorizationCodeUrl(AUTHORIZE_URL, { clientId: app.clientId, redirectUri, scope: X_SCOPES.join(' '), state, codeChallenge });
    },

    async exchangeCode(http, { app, code, codeVerifier, redirectUri }) {
      const { basicAuth, form } = client(app);
      const token = await callTokenEndpoint(http, {
        url: `${apiBase}/2/oauth2/token`,
        form: { ...form, grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: codeVerifier },
        ...(basicAuth ? { basicAuth } : {}),
        grantIsGone,
      });
      if (token.kind !== 'ok') return token;
      const credentials = credentialsFromToken(token.value, undefined);
      const me = await readMe(http, apiBase, credentials.accessToken ?? '');
      if (me.kind !== 'ok') return me;
      const user = me.value;
      return ok({
        credentials,
        account: { remoteId: user.id, handle: user.username, displayName: user.name, ...(user.profile_image_url ? { avatarUrl: user.profile_image_url } : {}) },
      });
    },

    async refresh(http, { app, credentials }) {
      if (!credentials.refreshToken) return ok(credentials);
      const { basicAuth, form } = client(app);
      const token = await callTokenEndpoint(http, {
        url: `${apiBase}/2/oauth2/token`,
        form: { ...form, grant_type: 'refresh_token', refresh_token: credentials.refreshToken },
        ...(basicAuth ? { basicAuth } : {}),
        grantIsGone,
      });
      return token.kind === 'ok' ? ok(credentialsFromToken(token.value, credentials)) : token;
    },

    async revoke(http, { app, credentials }) {
      const { basicAuth, form } = client(app);
      // Revoking the refresh token ends the grant; the access token is revoked too, as it would
      // otherwise keep working for up to two hours.
      const tokens: Array<[string, string | undefined]> = [
        ['refresh_token', credentials.refreshToken],
        ['access_token', credentials.accessToken],
      ];
      for (const [hint, token] of tokens) {
        if (!token) continue;
        const revoked = await callRevokeEndpoint(http, {
          url: `${apiBase}/2/oauth2/revoke`,
          form: { ...form, token, token_type_hint: hint },
          ...(basicAuth ? { basicAuth } : {}),
          grantIsGone,
        });
        if (revoked.kind !== 'ok') return revoked;
      }
      return ok(undefined);
    },
  };
}

async function readMe(http: NetworkHttp, apiBase: string, accessToken: string): Promise<Outcome<XUser>> {
  const me = await callXWithToken<XUser>(http, accessToken, apiBase, { path: '/2/users/me', query: { 'user.fields': 'profile_image_url,name,username' }, bucket: 'users:me' });
  if (me.kind !== 'ok') return me;
  return me.value.data ? ok(me.value.data) : rejected('X answered without the account', 'no_account');
}
