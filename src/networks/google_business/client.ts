import type { AdapterSession } from '../adapter.ts';
import { isHttpFailure } from '../http.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import type { NetworkEndpoints } from '../registry.ts';
import { businessFailure } from './errors.ts';

/** Business Profile spans four Google hosts, one per API. */
export interface BusinessApi {
  /** Account Management API: the accounts a person manages. */
  accounts: string;
  /** Business Information API: the locations of an account. */
  information: string;
  /** The v4 API, which still serves local posts and reviews. */
  v4: string;
  /** Performance API: daily figures per location. */
  performance: string;
}

/** endpoints['google_business'], when set (tests), serves all four. */
export function businessApi(endpoints: NetworkEndpoints): BusinessApi {
  const local = endpoints['google_business'];
  if (local) return { accounts: local, information: local, v4: local, performance: local };
  return {
    accounts: 'https://mybusinessaccountmanagement.googleapis.com',
    information: 'https://mybusinessbusinessinformation.googleapis.com',
    v4: 'https://mybusiness.googleapis.com',
    performance: 'https://businessprofileperformance.googleapis.com',
  };
}

export interface BusinessCall {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  query?: Record<string, string | string[]>;
  json?: unknown;
  write: boolean;
}

/** One call with the profile's token; the body as T, or the Outcome of its error. */
export async function callBusiness<T>(session: Pick<AdapterSession, 'http' | 'credentials'>, call: BusinessCall): Promise<Outcome<T>> {
  const url = new URL(call.url);
  for (const [k, v] of Object.entries(call.query ?? {})) for (const value of [v].flat()) url.searchParams.append(k, value);
  const res = await session.http.send({
    method: call.method ?? 'GET',
    url: url.toString(),
    headers: { authorization: `Bearer ${session.credentials.accessToken ?? ''}`, accept: 'application/json', ...(call.json === undefined ? {} : { 'content-type': 'application/json; charset=UTF-8' }) },
    ...(call.json === undefined ? {} : { body: JSON.stringify(call.json) }),
    bucket: call.write ? 'write' : 'read',
  });
  if (isHttpFailure(res) || res.status >= 300) return businessFailure(res, { write: call.write });
  return ok((res.json ?? {}) as T);
}

/**
 * The location a profile stands for, "accounts/{a}/locations/{l}": each location the person
 * manages is its own profile (a sub-account), or options.location names one.
 */
export function locationOf(session: AdapterSession, options: Record<string, string> = {}): Outcome<{ name: string; id: string }> {
  const name = options['location'] ?? session.account.remoteId;
  const match = /^accounts\/[^/]+\/locations\/([^/]+)$/.exec(name);
  if (!match) return rejected('Choose a business location for this profile: reconnect Google Business Profile and pick a location.', 'location_required');
  return ok({ name, id: match[1]! });
}
