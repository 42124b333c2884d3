import type { AppCredentials, Credentials, OAuthConnector } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { GraphClient } from '../meta/graph-api.ts';
import { threadsManifest } from './manifest.ts';

/**
 * Threads' own OAuth (Meta docs: "Threads API › Get Access Tokens", "Long-Lived Tokens"): the
 * authorization window gives a code, redeemed with the Threads app secret for a short-lived token
 * (one hour), exchanged at once for a long-lived one (60 days). Meta issues no refresh token; a
 * long-lived token at least a day old is refreshed with itself (th_refresh_token). Threads documents
 * no PKCE and no way to revoke a token.
 */
export const THREADS_VERSION = 'v1.0';

interface TokenAnswer {
  access_token: string;
  user_id?: number | string;
  expires_in?: number;
}

interface ThreadsProfile {
  id: string;
  username?: string;
  name?: string;
  threads_profile_picture_url?: string;
}

export function threadsClient(http: NetworkHttp, baseUrl: string, token?: string): GraphClient {
  return new GraphClient({ http, baseUrl, version: THREADS_VERSION, tokenIn: 'query', ...(token ? { token } : {}) });
}

export function threadsConnector(baseUrl: string, now: () => Date = () => new Date()): OAuthConnector {
  const credentialsOf = (token: TokenAnswer, previous?: Credentials): Credentials => ({
    ...previous,
    accessToken: token.access_token,
    ...(token.expires_in ? { expiresAt: new Date(now().getTime() + token.expires_in * 1000) } : {}),
  });

  async function longLived(http: NetworkHttp, app: AppCredentials, shortToken: string): Promise<Outcome<TokenAnswer>> {
    return threadsClient(http, baseUrl, shortToken).request<TokenAnswer>({
      path: 'access_token',
      unversioned: true,
      query: { grant_type: 'th_exchange_token', client_secret: app.clientSecret },
    });
  }

  return {
    kind: 'oauth2',

    authorizationUrl({ app, redirectUri, state }) {
      const url = new URL('https://threads.com/oauth/authorize');
      url.searchParams.set('client_id', app.clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('scope', (threadsManifest.auth.scopes ?? []).join(','));
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('state', state);
      return url.toString();
    },

    async exchangeCode(http, { app, code, redirectUri }) {
      if (!app.clientSecret) return rejected('Threads needs the app secret to redeem the code', 'app_credentials');
      const short = await threadsClient(http, baseUrl).request<TokenAnswer>({
        method: 'POST',
        path: 'oauth/access_token',
        unversioned: true,
        form: { client_id: app.clientId, client_secret: app.clientSecret, grant_type: 'authorization_code', redirect_uri: redirectUri, code },
        write: false,
      });
      if (short.kind !== 'ok') return short;
      const long = await longLived(http, app, short.value.access_token);
      if (long.kind !== 'ok') return long;
      const me = await threadsClient(http, baseUrl, long.value.access_token).get<ThreadsProfile>('me', { fields: 'id,username,name,threads_profile_picture_url' });
      if (me.kind !== 'ok') return me;
      const handle = me.value.username ?? me.value.id;
      return ok({
        credentials: credentialsOf(long.value),
        account: {
          remoteId: me.value.id,
          handle,
          displayName: me.value.name || handle,
          ...(me.value.threads_profile_picture_url ? { avatarUrl: me.value.threads_profile_picture_url } : {}),
        },
      });
    },

    async refresh(http, { credentials }) {
      if (!credentials.accessToken) return rejected('No Threads token to refresh; connect the profile again', 'no_token');
      const refreshed = await threadsClient(http, baseUrl, credentials.accessToken).request<TokenAnswer>({
        path: 'refresh_access_token',
        unversioned: true,
        query: { grant_type: 'th_refresh_token' },
      });
      if (refreshed.kind !== 'ok') return refreshed;
      return ok(credentialsOf(refreshed.value, credentials));
    },

    async revoke() {
      return rejected('Threads has no API to revoke access; remove Canopy under Threads › Settings › Account › Website permissions', 'unsupported');
    },
  };
}
