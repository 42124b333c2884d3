import type { mastodon } from 'masto';
import type { AppCredentials, Credentials, OAuthConnector, RemoteAccount } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { authorizationCodeUrl, callRevokeEndpoint, callTokenEndpoint, credentialsFromToken } from '../oauth2.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { callMastodon, instanceUrl } from './client.ts';
import { MASTODON_SCOPES } from './manifest.ts';

/**
 * Mastodon has no central app registry: an app is registered on each instance (POST /api/v1/apps),
 * so Canopy registers itself on the instance a person names, keeps the client id and secret for that
 * instance, and then runs the usual OAuth code flow there (with PKCE, which Mastodon accepts since 4.3).
 */
export interface MastodonConnector extends OAuthConnector {
  registerApp(http: NetworkHttp, input: { serviceUrl: string; redirectUri: string; clientName?: string; website?: string }): Promise<Outcome<AppCredentials>>;
}

export function createMastodonConnector(defaultInstance: string): MastodonConnector {
  const instanceOf = (serviceUrl: string | undefined) => instanceUrl(serviceUrl ?? defaultInstance);
  const clientForm = (app: AppCredentials) => ({ client_id: app.clientId, ...(app.clientSecret ? { client_secret: app.clientSecret } : {}) });

  return {
    kind: 'oauth2',

    async registerApp(http, input) {
      const answer = await callMastodon<mastodon.v1.Client>(http, instanceOf(input.serviceUrl), {
        method: 'POST',
        path: '/api/v1/apps',
        json: {
          client_name: input.clientName ?? 'Canopy',
          redirect_uris: [input.redirectUri],
          scopes: MASTODON_SCOPES.join(' '),
          ...(input.website ? { website: input.website } : {}),
        },
        bucket: 'oauth',
      });
      if (answer.kind !== 'ok') return answer;
      const { clientId, clientSecret } = answer.value.data;
      if (!clientId || !clientSecret) return rejected('The instance registered the app but sent no client credentials', 'no_client_credentials');
      return ok({ clientId, clientSecret });
    },

    authorizationUrl({ app, redirectUri, state, codeChallenge, serviceUrl }) {
      return authorizationCodeUrl(`${instanceOf(serviceUrl)}/oauth/authorize`, {
        clientId: app.clientId,
        redirectUri,
        scope: MASTODON_SCOPES.join(' '),
        state,
        codeChallenge,
        // A team often connects several accounts of one instance: ask who is signing in each time.
        extra: { force_login: 'true' },
      });
    },

    async exchangeCode(http, { app, code, codeVerifier, redirectUri, serviceUrl }) {
      const instance = instanceOf(serviceUrl);
      const token = await callTokenEndpoint(http, {
        url: `${instance}/oauth/token`,
        form: {
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          code_verifier: codeVerifier,
          scope: MASTODON_SCOPES.join(' '),
          ...clientForm(app),
        },
      });
      if (token.kind !== 'ok') return token;
      const credentials = credentialsFromToken(token.value, undefined);
      const me = await callMastodon<mastodon.v1.CredentialAccount>(http, instance, {
        path: '/api/v1/accounts/verify_credentials',
        token: credentials.accessToken,
      });
      if (me.kind !== 'ok') return me;
      return ok({ credentials, account: remoteAccountOf(me.value.data, instance) });
    },

    async refresh(http, { app, credentials, serviceUrl }): Promise<Outcome<Credentials>> {
      // Mastodon's access tokens do not expire unless the instance issues refresh tokens; only then
      // is there anything to refresh.
      if (!credentials.refreshToken) return ok(credentials);
      const token = await callTokenEndpoint(http, {
        url: `${instanceOf(serviceUrl)}/oauth/token`,
        form: { grant_type: 'refresh_token', refresh_token: credentials.refreshToken, ...clientForm(app) },
      });
      return token.kind === 'ok' ? ok(credentialsFromToken(token.value, credentials)) : token;
    },

    async revoke(http, { app, credentials, serviceUrl }) {
      if (!credentials.accessToken) return ok(undefined);
      return callRevokeEndpoint(http, { url: `${instanceOf(serviceUrl)}/oauth/revoke`, form: { token: credentials.accessToken, ...clientForm(app) } });
    },
  };
}

export function remoteAccountOf(account: Pick<mastodon.v1.Account, 'id' | 'username' | 'acct' | 'displayName' | 'avatar'>, instance: string): RemoteAccount {
  const host = new URL(instance).host;
  return {
    remoteId: account.id,
    handle: account.acct.includes('@') ? account.acct : `${account.acct}@${host}`,
    displayName: account.displayName || account.username,
    ...(account.avatar ? { avatarUrl: account.avatar } : {}),
    serviceUrl: instance,
  };
}
