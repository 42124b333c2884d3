import type { AppCredentials, Credentials, OAuthConnector, RemoteAccount } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { GRAPH_VERSION, GraphClient, subAccountTokenKey, type GraphList } from './graph-api.ts';

/**
 * Facebook Login for the networks reached through a Facebook user's Pages: Facebook Pages,
 * Instagram professional accounts and Messenger (Meta docs: "Facebook Login › Manually Build a
 * Login Flow", "Long-Lived Access Tokens", "Page Access Tokens").
 *
 * PKCE: Facebook Login offers PKCE only in its OIDC identity flow, which Meta marks as "still in
 * testing" and which yields an ID token for signing in, not the Graph API user token this needs.
 * The Graph API code flow is for confidential apps: the code is redeemed server side with the app
 * secret, so the `codeChallenge` Canopy passes is not sent. `state` still guards the redirect, and
 * every later call carries appsecret_proof.
 *
 * Tokens: the code gives a short-lived user token (about an hour), exchanged at once for a
 * long-lived one (about 60 days). Meta issues no refresh token; a long-lived token is renewed by
 * exchanging it again while it is valid. Page tokens read with a long-lived user token do not
 * expire, so each Page (and each Instagram account, through its Page) gets its own token in
 * `credentials.extra["token:<id>"]`: a profile made from that sub-account acts with it.
 */
export interface ManagedPage {
  id: string;
  name: string;
  access_token?: string;
  picture?: { data?: { url?: string } };
  instagram_business_account?: { id: string; username?: string; name?: string; profile_picture_url?: string };
}

export interface SubAccountOfPage {
  remoteId: string;
  name: string;
  kind: string;
  token: string;
}

export interface FacebookLoginOptions {
  /** Graph host root, e.g. https://graph.facebook.com. */
  baseUrl: string;
  scopes: string[];
  /** Extra fields read for each Page, e.g. the linked Instagram account. */
  pageFields?: string;
  /** Which of the person's Pages become profiles of this network, and as what. */
  subAccountsOf(pages: ManagedPage[]): SubAccountOfPage[];
  now?: () => Date;
}

interface TokenAnswer {
  access_token: string;
  token_type?: string;
  expires_in?: number;
}

interface FacebookUser {
  id: string;
  name?: string;
  picture?: { data?: { url?: string } };
}

const MAX_PAGE_LISTS = 10;

export function facebookLoginConnector(opts: FacebookLoginOptions): OAuthConnector {
  const now = () => opts.now?.() ?? new Date();
  const graph = (http: NetworkHttp, app: AppCredentials, token?: string) =>
    new GraphClient({
      http,
      baseUrl: opts.baseUrl,
      version: GRAPH_VERSION,
      tokenIn: 'header',
      ...(token ? { token } : {}),
      ...(app.clientSecret ? { appSecret: app.clientSecret } : {}),
    });

  async function longLived(http: NetworkHttp, app: AppCredentials, token: string): Promise<Outcome<TokenAnswer>> {
    return graph(http, app).get<TokenAnswer>('oauth/access_token', {
      grant_type: 'fb_exchange_token',
      client_id: app.clientId,
      client_secret: app.clientSecret,
      fb_exchange_token: token,
    });
  }

  async function subAccounts(http: NetworkHttp, app: AppCredentials, userToken: string): Promise<Outcome<SubAccountOfPage[]>> {
    const client = graph(http, app, userToken);
    const pages: ManagedPage[] = [];
    let after: string | undefined;
    for (let i = 0; i < MAX_PAGE_LISTS; i++) {
      const list = await client.get<GraphList<ManagedPage>>('me/accounts', {
        fields: ['id', 'name', 'access_token', 'picture{url}', opts.pageFields].filter(Boolean).join(','),
        limit: 100,
        after,
      });
      if (list.kind !== 'ok') return list;
      pages.push(...list.value.data);
      after = list.value.paging?.next ? list.value.paging.cursors?.after : undefined;
      if (!after) break;
    }
    return ok(opts.subAccountsOf(pages));
  }

  function credentialsOf(token: TokenAnswer, subs: SubAccountOfPage[], previous?: Credentials): Credentials {
    const extra = { ...previous?.extra };
    for (const s of subs) extra[subAccountTokenKey(s.remoteId)] = s.token;
    return {
      ...previous,
      accessToken: token.access_token,
      ...(token.expires_in ? { expiresAt: new Date(now().getTime() + token.expires_in * 1000) } : {}),
      extra,
    };
  }

  return {
    kind: 'oauth2',

    authorizationUrl({ app, redirectUri, state }) {
      const url = new URL(`https://www.facebook.com/${GRAPH_VERSION}/dialog/oauth`);
      url.searchParams.set('client_id', app.clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('state', state);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('scope', opts.scopes.join(','));
      return url.toString();
    },

    async exchangeCode(http, { app, code, redirectUri }) {
      if (!app.clientSecret) return rejected('Facebook Login needs the app secret to redeem the code', 'app_credentials');
      const short = await graph(http, app).get<TokenAnswer>('oauth/access_token', {
        client_id: app.clientId,
        client_secret: app.clientSecret,
        redirect_uri: redirectUri,
        code,
      });
      if (short.kind !== 'ok') return short;
      const long = await longLived(http, app, short.value.access_token);
      if (long.kind !== 'ok') return long;
      const userToken = long.value.access_token;
      const user = await graph(http, app, userToken).get<FacebookUser>('me', { fields: 'id,name,picture{url}' });
      if (user.kind !== 'ok') return user;
      const subs = await subAccounts(http, app, userToken);
      if (subs.kind !== 'ok') return subs;
      const name = user.value.name ?? user.value.id;
      const avatarUrl = user.value.picture?.data?.url;
      const account: RemoteAccount = {
        remoteId: user.value.id,
        handle: name,
        displayName: name,
        ...(avatarUrl ? { avatarUrl } : {}),
        subAccounts: subs.value.map(({ remoteId, name: subName, kind }) => ({ remoteId, name: subName, kind })),
      };
      return ok({ credentials: credentialsOf(long.value, subs.value), account });
    },

    /** Renewal by exchanging the current long-lived token, then re-reading the Page tokens. */
    async refresh(http, { app, credentials }) {
      if (!credentials.accessToken) return rejected('No Facebook token to renew; connect the profile again', 'no_token');
      if (!app.clientSecret) return rejected('Renewing a Facebook token needs the app secret', 'app_credentials');
      const long = await longLived(http, app, credentials.accessToken);
      if (long.kind !== 'ok') return long;
      const subs = await subAccounts(http, app, long.value.access_token);
      // Page tokens already stored never expire, so a failed re-read keeps them rather than failing the renewal.
      return ok(credentialsOf(long.value, subs.kind === 'ok' ? subs.value : [], credentials));
    },

    /** Removes every permission the person granted the app (DELETE /me/permissions). */
    async revoke(http, { app, credentials }) {
      if (!credentials.accessToken) return ok(undefined);
      const done = await graph(http, app, credentials.accessToken).delete<{ success?: boolean }>('me/permissions');
      if (done.kind !== 'ok') return done;
      return done.value.success === false ? rejected('Facebook did not remove the permissions', 'revoke_failed') : ok(undefined);
    },
  };
}

/** Each Page the person manages, with its Page token. */
export function pagesAsSubAccounts(pages: ManagedPage[]): SubAccountOfPage[] {
  return pages.flatMap((p) => (p.access_token ? [{ remoteId: p.id, name: p.name, kind: 'page', token: p.access_token }] : []));
}
