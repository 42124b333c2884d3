import type { AdapterSession, RemoteAccount } from '../adapter.ts';
import { isHttpFailure, type HttpRequest, type NetworkHttp } from '../http.ts';
import { failureOfHttp } from '../http-outcome.ts';
import { ok, type Outcome } from '../outcome.ts';
import { failureOfLinkedIn } from './errors.ts';

/** LinkedIn versions its REST API monthly and keeps each version for about a year. */
export const LINKEDIN_VERSION = '202603';

export interface LinkedInCall {
  method?: HttpRequest['method'];
  /** A path on the API host, or a full URL LinkedIn handed out (upload URLs). */
  path: string;
  /** Plain query parameters, percent-encoded as usual. */
  query?: Record<string, string>;
  /**
   * Rest.li 2.0 values such as `List(urn%3Ali%3Ashare%3A1)` or `(timeRange:(start:1,end:2))`: their
   * parentheses, commas and colons are syntax and must reach LinkedIn unencoded.
   */
  restli?: Record<string, string>;
  json?: unknown;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  write?: boolean;
  bucket: string;
}

export interface LinkedInAnswer<T> {
  data: T;
  status: number;
  headers: Headers;
}

export function callLinkedIn<T>(session: AdapterSession, base: string, call: LinkedInCall): Promise<Outcome<LinkedInAnswer<T>>> {
  return callLinkedInWithToken<T>(session.http, session.credentials.accessToken ?? '', base, call);
}

export async function callLinkedInWithToken<T>(http: NetworkHttp, accessToken: string, base: string, call: LinkedInCall): Promise<Outcome<LinkedInAnswer<T>>> {
  const search = [
    ...Object.entries(call.query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
    ...Object.entries(call.restli ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${v}`),
  ].join('&');
  const url = /^https?:\/\//.test(call.path) ? call.path : `${base}${call.path}`;
  const headers: Record<string, string> = {
    authorization: `Bearer ${accessToken}`,
    'linkedin-version': LINKEDIN_VERSION,
    'x-restli-protocol-version': '2.0.0',
    ...call.headers,
  };
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  if (call.bytes) headers['content-type'] = 'application/octet-stream';
  const res = await http.send({
    method: call.method ?? 'GET',
    url: search ? `${url}${url.includes('?') ? '&' : '?'}${search}` : url,
    headers,
    body: call.bytes ?? (call.json !== undefined ? JSON.stringify(call.json) : undefined),
    bucket: call.bucket,
  });
  const write = call.write ?? false;
  if (isHttpFailure(res)) return failureOfHttp(res, { write });
  if (res.status < 200 || res.status >= 300) return failureOfLinkedIn(res, { write });
  return ok({ data: (res.json ?? {}) as T, status: res.status, headers: res.headers });
}

/** The URN a profile posts as: its organization, or the member. */
export function authorUrn(account: Pick<RemoteAccount, 'remoteId'>): string {
  return account.remoteId.startsWith('urn:li:') ? account.remoteId : `urn:li:person:${account.remoteId}`;
}

export function isOrganization(urn: string): boolean {
  return urn.startsWith('urn:li:organization:');
}

export function postUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}

export function restliList(values: string[]): string {
  return `List(${values.map(encodeURIComponent).join(',')})`;
}

export interface LinkedInPost {
  id: string;
  author: string;
  commentary?: string;
  createdAt?: number;
  publishedAt?: number;
  lastModifiedAt?: number;
  lifecycleState?: string;
}

export interface Paged<T> {
  elements: T[];
  paging?: { start?: number; count?: number; total?: number };
}

/** The profile's most recent posts (q=author), newest first. */
export function listPosts(session: AdapterSession, base: string, page: { start: number; count: number }) {
  return callLinkedIn<Paged<LinkedInPost>>(session, base, {
    path: '/rest/posts',
    query: { q: 'author', author: authorUrn(session.account), count: String(page.count), start: String(page.start), sortBy: 'LAST_MODIFIED' },
    bucket: 'posts:read',
  });
}
