import type { AppCredentials, OAuthConnector, RemoteAccount } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { callRevokeEndpoint, callTokenEndpoint, credentialsFromToken } from '../oauth2.ts';
import { ok, rejected, unauthorized, type Outcome } from '../outcome.ts';
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
      const token = await callTokenEndpoint(http, {
        url: `${oauthBase}/token`,
        form: { grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: redirectUri, ...clientForm(app) },
      });
      if (token.kind !== 'ok') return token;
      if (!token.value.refresh_token) {
        return rejected('Google sent no refresh token. Remove Canopy from your Google account permissions and connect again.', 'no_refresh_token');
      }
      const account = await readAccount(http, token.value.access_token);
      if (account.kind !== 'ok') return account;
      return ok({ credentials: credentialsFromToken(token.value, undefined), account: account.value });
    },

    async refresh(http, { app, credentials }) {
      if (!credentials.refreshToken) return unauthorized('invalid_grant: no refresh token is stored for this profile');
      const token = await callTokenEndpoint(http, {
        url: `${oauthBase}/token`,
        form: { grant_type: 'refresh_token', refresh_token: credentials.refreshToken, ...clientForm(app) },
      });
      // Google rarely sends a new refresh token on refresh; the one we hold stays valid.
      return token.kind === 'ok' ? ok(credentialsFromToken(token.value, credentials)) : token;
    },

    async revoke(http, { credentials }) {
      const token = credentials.refreshToken ?? credentials.accessToken;
      if (!token) return ok(undefined);
      // Revoking the refresh token ends the access token too; one already gone is what we wanted.
      return callRevokeEndpoint(http, { url: `${oauthBase}/revoke`, form: { token }, grantIsGone: (error) => error === 'invalid_token' });
    },
  };
}

function clientForm(app: AppCredentials): Record<string, string> {
  return { client_id: app.clientId, ...(app.clientSecret ? { client_secret: app.clientSecret } : {}) };
}
