import type { AppCredentials, Credentials, OAuthConnector, RemoteAccount } from '../adapter.ts';
import { failureOfHttp, failureOfStatus } from '../http-outcome.ts';
import { isHttpFailure, type HttpFailure, type HttpResponse, type NetworkHttp } from '../http.ts';
import { ok, rejected, unauthorized, type Failure, type Outcome } from '../outcome.ts';
import type { NetworkEndpoints } from '../registry.ts';

/**
 * Google's OAuth 2.0 for web server apps ("Using OAuth 2.0 for Web Server Applications"), shared by
 * YouTube and Google Business Profile. PKCE (S256) is supported, offline access gives a refresh
 * token, and a refresh usually answers without a new refresh token: the old one stays good.
 */
export const GOOGLE_AUTHORIZE_URL = 'https://accounts.google.com/o/oauth2/v2/auth';

/** Token and revoke endpoints; tests point `endpoints['google_oauth']` at a local server. */
export function googleOAuthBase(endpoints: NetworkEndpoints): string {
  return endpoints['google_oauth'] ?? 'https://oauth2.googleapis.com';
}

interface GoogleTokenResponse {
  access_token?: string;
  expires_in?: number;
  refresh_token?: string;
  scope?: string;
  token_type?: string;
}

interface GoogleTokenError {
  error?: string;
  error_description?: string;
}

/** Reads the profile the tokens act for: the channel, the business account and its locations. */
export type ReadGoogleAccount = (http: NetworkHttp, accessToken: string) => Promise<Outcome<RemoteAccount>>;

export function createGoogleConnector(input: { oauthBase: string; scopes: string[]; readAccount: ReadGoogleAccount }): OAuthConnector {
  const { oauthBase, scopes, readAccount } = input;
  return {
    kind: 'oauth2',
    authorizationUrl({ app, redirectUri, state, codeChallenge }) {
      const url = new URL(GOOGLE_AUTHORIZE_URL);
      url.search = new URLSearchParams({
        client_id: app.clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: scopes.join(' '),
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
        // A refresh token comes only with offline access, and again on reconnect only with consent.
        access_type: 'offline',
        prompt: 'consent',
        include_granted_scopes: 'true',
      }).toString();
      return url.toString();
    },

    async exchangeCode(http, { app, code, codeVerifier, redirectUri }) {
      const tokens = await requestTokens(http, oauthBase, app, { grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: redirectUri });
      if (tokens.kind !== 'ok') return tokens;
      if (!tokens.value.refreshToken) {
        return rejected('Google sent no refresh token. Remove Canopy from your Google account permissions and connect again.', 'no_refresh_token');
      }
      const account = await readAccount(http, tokens.value.accessToken ?? '');
      if (account.kind !== 'ok') return account;
      return ok({ credentials: tokens.value, account: account.value });
    },

    async refresh(http, { app, credentials }) {
      if (!credentials.refreshToken) return unauthorized('invalid_grant: no refresh token is stored for this profile');
      const tokens = await requestTokens(http, oauthBase, app, { grant_type: 'refresh_token', refresh_token: credentials.refreshToken });
      if (tokens.kind !== 'ok') return tokens;
      // Google rarely sends a new refresh token on refresh; the one we hold stays valid.
      return ok({ ...credentials, ...tokens.value, refreshToken: tokens.value.refreshToken || credentials.refreshToken });
    },

    async revoke(http, { credentials }) {
      const token = credentials.refreshToken ?? credentials.accessToken;
      if (!token) return ok(undefined);
      const res = await http.send({
        method: 'POST',
        url: `${oauthBase}/revoke`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }).toString(),
        bucket: 'oauth',
      });
      if (isHttpFailure(res)) return failureOfHttp(res, { write: false });
      if (res.status === 200) return ok(undefined);
      // A token that is already revoked or expired is what we wanted.
      if ((res.json as GoogleTokenError | undefined)?.error === 'invalid_token') return ok(undefined);
      return tokenFailure(res);
    },
  };
}

async function requestTokens(http: NetworkHttp, oauthBase: string, app: AppCredentials, grant: Record<string, string>): Promise<Outcome<Credentials>> {
  const res = await http.send({
    method: 'POST',
    url: `${oauthBase}/token`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ ...grant, client_id: app.clientId, ...(app.clientSecret ? { client_secret: app.clientSecret } : {}) }).toString(),
    bucket: 'oauth',
  });
  if (isHttpFailure(res) || res.status !== 200) return tokenFailure(res);
  const body = res.json as GoogleTokenResponse | undefined;
  if (!body?.access_token) return rejected('Google answered without an access token', 'no_access_token');
  return ok({
    accessToken: body.access_token,
    ...(body.refresh_token ? { refreshToken: body.refresh_token } : {}),
    ...(body.expires_in ? { expiresAt: new Date(Date.now() + body.expires_in * 1000) } : {}),
    ...(body.scope ? { extra: { scope: body.scope } } : {}),
  });
}

/**
 * A token endpoint error. `invalid_grant` is a real revocation (or an expired or reused code);
 * a bad client id or secret is the app's configuration, not the profile's; a 5xx, a 429 or a
 * timeout is passing and never costs the profile its connection.
 */
function tokenFailure(res: HttpResponse | HttpFailure): Failure {
  if (isHttpFailure(res)) return failureOfHttp(res, { write: false });
  const body = (res.json ?? {}) as GoogleTokenError;
  const description = body.error_description ?? (res.text.slice(0, 200) || `HTTP ${res.status}`);
  const reason = body.error ? `${body.error}: ${description}` : description;
  if (res.status === 429 || res.status >= 500) return failureOfStatus(res, reason, { write: false });
  if (body.error === 'invalid_grant') return unauthorized(reason);
  if (body.error === 'invalid_client' || body.error === 'unauthorized_client') return rejected(`Check the Google app credentials: ${reason}`, body.error);
  return failureOfStatus(res, reason, { write: false });
}
