import type { FormData } from 'undici';
import type { AdapterSession } from '../adapter.ts';
import { isHttpFailure, type HttpRequest, type NetworkHttp } from '../http.ts';
import { failureOfHttp } from '../http-outcome.ts';
import { ok, type Outcome } from '../outcome.ts';
import { failureOfMastodon } from './errors.ts';

/*
 * Why not masto's REST client: masto 8 sends every request through the global `fetch(request)` and
 * takes no fetch function, so NetworkHttp.asFetch() cannot be plugged in without replacing
 * globalThis.fetch for the whole process. Its `requestInit` could carry an undici `dispatcher`, but
 * NetworkHttp keeps its guarded agent to itself, and a dispatcher alone would skip what the client
 * adds on top: the rate budgets read from each answer, the redirect check on every hop, and the
 * timeout that tells a lost write (`unknown`) from a failed read. So the adapter calls Mastodon with
 * NetworkHttp.send() and uses masto's entity types (mastodon.v1.Status, …) for what comes back,
 * after turning Mastodon's snake_case keys into the camelCase those types describe.
 */

/** The instance's base URL from what a person typed: "mastodon.social", "https://fosstodon.org/". */
export function instanceUrl(raw: string): string {
  const trimmed = raw.trim().replace(/\/+$/, '');
  const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return url.origin;
}

export interface MastodonCall {
  method?: HttpRequest['method'];
  path: string;
  query?: URLSearchParams;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  /** A write that timed out may have taken effect. */
  write?: boolean;
  bucket?: string;
  token?: string;
}

export interface MastodonAnswer<T> {
  data: T;
  status: number;
  headers: Headers;
}

/** One call to an instance's REST API, its answer typed as the masto entity it documents. */
export async function callMastodon<T>(http: NetworkHttp, base: string, call: MastodonCall): Promise<Outcome<MastodonAnswer<T>>> {
  const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  const query = call.query?.toString();
  const res = await http.send({
    method: call.method ?? 'GET',
    url: `${base}${call.path}${query ? `?${query}` : ''}`,
    headers,
    body: call.form ?? (call.json !== undefined ? JSON.stringify(call.json) : undefined),
    bucket: call.bucket ?? 'api',
  });
  const write = call.write ?? false;
  if (isHttpFailure(res)) return failureOfHttp(res, { write });
  if (res.status < 200 || res.status >= 300) return failureOfMastodon(res, { write });
  return ok({ data: camelize(res.json) as T, status: res.status, headers: res.headers });
}

/** The instance a profile lives on. */
export function sessionBase(session: AdapterSession, fallbackBase: string): string {
  return session.account.serviceUrl ? instanceUrl(session.account.serviceUrl) : fallbackBase;
}

/** The session's own call: its instance, its token. */
export function sessionCall<T>(session: AdapterSession, fallbackBase: string, call: MastodonCall): Promise<Outcome<MastodonAnswer<T>>> {
  return callMastodon<T>(session.http, sessionBase(session, fallbackBase), { ...call, token: session.credentials.accessToken });
}

/** Mastodon's keys are snake_case on the wire; masto's entity types describe them in camelCase. */
export function camelize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelize);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), camelize(v)]));
}

/** The id of the oldest item on a page, to ask for the next (older) page; null on a short page. */
export function olderPageCursor(items: Array<{ id: string }>, limit: number): string | null {
  return items.length >= limit ? (items[items.length - 1]?.id ?? null) : null;
}

