import type { OAuthConnector, RemoteAccount } from '../adapter.ts';
import { createGoogleConnector } from '../google/oauth.ts';
import type { NetworkHttp } from '../http.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { callBusiness, type BusinessApi } from './client.ts';
import { GOOGLE_BUSINESS_SCOPES } from './manifest.ts';

interface AccountList {
  accounts?: Array<{ name: string; accountName?: string; type?: string }>;
  nextPageToken?: string;
}
interface LocationList {
  locations?: Array<{ name: string; title?: string }>;
  nextPageToken?: string;
}

/** Enough pages for people who manage many locations, without looping forever on a bad token. */
const MAX_PAGES = 20;

/**
 * Google OAuth, then the accounts the person manages (Account Management API) and each account's
 * locations (Business Information API). Every location becomes its own profile, named
 * "accounts/{a}/locations/{l}" as the v4 posts and reviews API wants it.
 */
export function createBusinessConnector(api: BusinessApi, oauthBase: string): OAuthConnector {
  return createGoogleConnector({ oauthBase, scopes: GOOGLE_BUSINESS_SCOPES, readAccount: (http, token) => readBusinessAccount(api, http, token) });
}

async function readBusinessAccount(api: BusinessApi, http: NetworkHttp, accessToken: string): Promise<Outcome<RemoteAccount>> {
  const session = { http, credentials: { accessToken } };
  const accounts: NonNullable<AccountList['accounts']> = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const listed = await callBusiness<AccountList>(session, { url: `${api.accounts}/v1/accounts`, query: pageToken ? { pageToken } : {}, write: false });
    if (listed.kind !== 'ok') return listed;
    accounts.push(...(listed.value.accounts ?? []));
    pageToken = listed.value.nextPageToken;
    if (!pageToken) break;
  }
  const first = accounts[0];
  if (!first) return rejected('This Google account manages no Business Profile. Create or claim one, then connect again.', 'no_business_account');

  const subAccounts: NonNullable<RemoteAccount['subAccounts']> = [];
  for (const account of accounts) {
    let locationPage: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const listed = await callBusiness<LocationList>(session, {
        url: `${api.information}/v1/${account.name}/locations`,
        query: { readMask: 'name,title', pageSize: '100', ...(locationPage ? { pageToken: locationPage } : {}) },
        write: false,
      });
      if (listed.kind !== 'ok') return listed;
      for (const location of listed.value.locations ?? []) {
        subAccounts.push({ remoteId: `${account.name}/${location.name}`, name: location.title ?? location.name, kind: 'location' });
      }
      locationPage = listed.value.nextPageToken;
      if (!locationPage) break;
    }
  }
  return ok({ remoteId: first.name, handle: first.accountName ?? first.name, displayName: first.accountName ?? first.name, subAccounts });
}
