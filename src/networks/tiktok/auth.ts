import type { AppCredentials, OAuthConnector, RemoteAccount } from '../adapter.ts';
import { isHttpFailure, type NetworkHttp } from '../http.ts';
import { callRevokeEndpoint, callTokenEndpoint, credentialsFromToken } from '../oauth2.ts';
import { ok, unauthorized, type Outcome } from '../outcome.ts';
import type { TikTokApi } from './client.ts';
import { tiktokErrorCode, tiktokFailure, type TikTokEnvelope } from './errors.ts';
import { TIKTOK_SCOPES } from './manifest.ts';

export const TIKTOK_AUTHORIZE_URL = 'https://www.tiktok.com/v2/auth/authorize/';

interface UserInfo {
  user?: { open_id?: string; union_id?: string; avatar_url?: string; display_name?: string; username?: string };
}

/**
 * Login Kit for Web with OAuth v2 ("Manage User Access Tokens"): scopes comma-separated, the app
 * named by client_key, and PKCE (S256), which TikTok requires of mobile and desktop apps and takes
 * from web apps too. Access tokens last about a day or less; refresh tokens rotate, so a refresh
 * keeps whichever refresh token is newest. The account is read from /v2/user/info/.
 */
export function createTikTokConnector(api: TikTokApi): OAuthConnector {
  const tokenUrl = `${api.base}/v2/oauth/token/`;
  const client = (app: AppCredentials) => ({ client_key: app.clientId, client_secret: app.clientSecret ?? '' });
  return {
    kind: 'oauth2',
    authorizationUrl({ app, redirectUri, state, codeChallenge }) {
      const url = new URL(TIKTOK_AUTHORIZE_URL);
      url.search = new URLSearchParams({
        client_key: app.clientId,
        scope: TIKTOK_SCOPES.join(','),
        response_type: 'code',
        redirect_uri: redirectUri,
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }).toString();
      return url.toString();
    },

    async exchangeCode(http, { app, code, codeVerifier, redirectUri }) {
      const token = await callTokenEndpoint(http, {
        url: tokenUrl,
        form: { ...client(app), code, grant_type: 'authorization_code', redirect_uri: redirectUri, code_verifier: codeVerifier },
      });
      if (token.kind !== 'ok') return token;
      const account = await readUser(api, http, token.value.access_token);
      if (account.kind !== 'ok') return account;
      return ok({ credentials: credentialsFromToken(token.value, undefined), account: account.value });
    },

    async refresh(http, { app, credentials }) {
      if (!credentials.refreshToken) return unauthorized('invalid_grant: no refresh token is stored for this profile');
      const token = await callTokenEndpoint(http, { url: tokenUrl, form: { ...client(app), grant_type: 'refresh_token', refresh_token: credentials.refreshToken } });
      return token.kind === 'ok' ? ok(credentialsFromToken(token.value, credentials)) : token;
    },

    async revoke(http, { app, credentials }) {
      if (!credentials.accessToken) return ok(undefined);
      return callRevokeEndpoint(http, { url: `${api.base}/v2/oauth/revoke/`, form: { ...client(app), token: credentials.accessToken } });
    },
  };
}

async function readUser(api: TikTokApi, http: NetworkHttp, accessToken: string): Promise<Outcome<RemoteAccount>> {
  const url = new URL(`${api.base}/v2/user/info/`);
  url.searchParams.set('fields', 'open_id,union_id,avatar_url,display_name,username');
  const res = await http.send({ url: url.toString(), headers: { authorization: `Bearer ${accessToken}` }, bucket: 'read' });
  if (isHttpFailure(res) || res.status !== 200 || tiktokErrorCode(res)) return tiktokFailure(res, { write: false });
  const user = (res.json as TikTokEnvelope<UserInfo> | undefined)?.data?.user ?? {};
  const remoteId = user.open_id ?? '';
  return ok({
    remoteId,
    handle: user.username ?? remoteId,
    displayName: user.display_name ?? user.username ?? remoteId,
    ...(user.avatar_url ? { avatarUrl: user.avatar_url } : {}),
  });
}
