import type { FormData } from 'undici';
import type { AdapterSession } from '../adapter.ts';
import { isHttpFailure, type HttpRequest, type NetworkHttp } from '../http.ts';
import { failureOfHttp } from '../http-outcome.ts';
import { ok, type Outcome } from '../outcome.ts';
import { failureOfX } from './errors.ts';
import type { XAnswer, XUser } from './types.ts';

export interface XCall {
  method?: HttpRequest['method'];
  path: string;
  query?: Record<string, string | undefined>;
  json?: unknown;
  form?: FormData;
  /** A write that timed out may have taken effect. */
  write?: boolean;
  /** X limits each endpoint separately; the bucket names the endpoint's own window. */
  bucket: string;
}

/** One X API v2 call with the profile's user token; the answer's envelope is kept (data, includes, meta). */
export function callX<T>(session: AdapterSession, base: string, call: XCall): Promise<Outcome<XAnswer<T>>> {
  return callXWithToken<T>(session.http, session.credentials.accessToken ?? '', base, call);
}

export async function callXWithToken<T>(http: NetworkHttp, accessToken: string, base: string, call: XCall): Promise<Outcome<XAnswer<T>>> {
  const query = new URLSearchParams(Object.entries(call.query ?? {}).filter((e): e is [string, string] => e[1] !== undefined)).toString();
  const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${accessToken}` };
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  const res = await http.send({
    method: call.method ?? 'GET',
    url: `${base}${call.path}${query ? `?${query}` : ''}`,
    headers,
    body: call.form ?? (call.json !== undefined ? JSON.stringify(call.json) : undefined),
    bucket: call.bucket,
  });
  const write = call.write ?? false;
  if (isHttpFailure(res)) return failureOfHttp(res, { write });
  if (res.status < 200 || res.status >= 300) return failureOfX(res, { write });
  return ok((res.json ?? {}) as XAnswer<T>);
}

/** X wants RFC 3339 instants without fractions of a second. */
export function xTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function postUrl(username: string, id: string): string {
  return `https://x.com/${username}/status/${id}`;
}

/** The fields and expansions every read of posts asks for, so authors come back with them. */
export const POST_FIELDS = {
  'tweet.fields': 'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,entities',
  expansions: 'author_id',
  'user.fields': 'name,username,profile_image_url',
};

export function authorLookup(users: XUser[] | undefined) {
  const byId = new Map((users ?? []).map((u) => [u.id, u]));
  return (id: string | undefined) => {
    const user = id ? byId.get(id) : undefined;
    return {
      remoteId: id ?? '',
      handle: user?.username ?? id ?? '',
      displayName: user?.name ?? user?.username ?? '',
      ...(user?.profile_image_url ? { avatarUrl: user.profile_image_url } : {}),
    };
  };
}
