import type { AppCredentials, Credentials, OAuthConnector, RemoteAccount } from '../adapter.ts';
import { isHttpFailure, type NetworkHttp } from '../http.ts';
import { credentialsFromToken, type TokenResponse } from '../oauth2.ts';
import { ok, rejected, unauthorized, type Outcome } from '../outcome.ts';
import { callPinterest, type PinterestApi } from './client.ts';
import { pinterestFailure } from './errors.ts';
import { PINTEREST_SCOPES } from './manifest.ts';

export const PINTEREST_AUTHORIZE_URL = 'https://www.pinterest.com/oauth/';

interface UserAccount {
  id?: string;
  username?: string;
  business_name?: string;
  profile_image?: string;
}
interface BoardList {
  items?: Array<{ id: string; name?: string; privacy?: string }>;
  bookmark?: string | null;
}

/** Enough pages of boards for anyone, without looping on a bad answer. */
const MAX_BOARD_PAGES = 20;

/**
 * Pinterest OAuth ("Authentication"): the app authenticates at the token endpoint with HTTP Basic;
 * Pinterest documents no PKCE. Refresh tokens are "continuous" (60 days, renewed on each refresh):
 * a refresh keeps the newest refresh token. Pinterest has no endpoint to revoke a token.
 */
export function createPinterestConnector(api: PinterestApi): OAuthConnector {
  return {
    kind: 'oauth2',
    authorizationUrl({ app, redirectUri, state }) {
      const url = new URL(PINTEREST_AUTHORIZE_URL);
      url.search = new URLSearchParams({ client_id: app.clientId, redirect_uri: redirectUri, response_type: 'code', scope: PINTEREST_SCOPES.join(','), state }).toString();
      return url.toString();
    },

    async exchangeCode(http, { app, code, redirectUri }) {
      const token = await requestToken(api, http, app, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
      if (token.kind !== 'ok') return token;
      const credentials = credentialsFromToken(token.value, undefined);
      const account = await readAccount(api, http, credentials);
      if (account.kind !== 'ok') return account;
      return ok({ credentials, account: account.value });
    },

    async refresh(http, { app, credentials }) {
      if (!credentials.refreshToken) return unauthorized('invalid_grant: no refresh token is stored for this profile');
      const token = await requestToken(api, http, app, { grant_type: 'refresh_token', refresh_token: credentials.refreshToken });
      return token.kind === 'ok' ? ok(credentialsFromToken(token.value, credentials)) : token;
    },

    async revoke() {
      return rejected('Pinterest has no API to revoke access. Remove Canopy under Settings › Security and logins › Apps on Pinterest.', 'not_supported');
    },
  };
}

async function requestToken(api: PinterestApi, http: NetworkHttp, app: AppCredentials, grant: Record<string, string>): Promise<Outcome<TokenResponse>> {
  const res = await http.send({
    method: 'POST',
    url: `${api.base}/v5/oauth/token`,
    headers: {
      authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret ?? ''}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams(grant).toString(),
    bucket: 'oauth',
  });
  if (isHttpFailure(res) || res.status !== 200) return pinterestFailure(res, { write: false, token: true });
  const body = res.json as Partial<TokenResponse> | undefined;
  if (!body?.access_token) return rejected('Pinterest answered without an access token', 'no_access_token');
  return ok({ ...body, access_token: body.access_token });
}

/** The user, and each board they can pin to: a board becomes a profile of its own. */
async function readAccount(api: PinterestApi, http: NetworkHttp, credentials: Credentials): Promise<Outcome<RemoteAccount>> {
  const session = { http, credentials };
  const user = await callPinterest<UserAccount>(api, session, { path: '/user_account', write: false, bucket: 'read' });
  if (user.kind !== 'ok') return user;
  const subAccounts: NonNullable<RemoteAccount['subAccounts']> = [];
  let bookmark: string | undefined;
  for (let page = 0; page < MAX_BOARD_PAGES; page++) {
    const boards = await callPinterest<BoardList>(api, session, { path: '/boards', query: { page_size: '100', ...(bookmark ? { bookmark } : {}) }, write: false, bucket: 'read' });
    if (boards.kind !== 'ok') return boards;
    for (const board of boards.value.items ?? []) subAccounts.push({ remoteId: board.id, name: board.name ?? board.id, kind: 'board' });
    bookmark = boards.value.bookmark ?? undefined;
    if (!bookmark) break;
  }
  const { id, username, business_name: businessName, profile_image: avatar } = user.value;
  const handle = username ?? id ?? '';
  return ok({ remoteId: id ?? handle, handle, displayName: businessName || handle, ...(avatar ? { avatarUrl: avatar } : {}), subAccounts });
}
