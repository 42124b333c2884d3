import type { AdapterSession } from '../adapter.ts';
import { isHttpFailure } from '../http.ts';
import { ok, type Outcome } from '../outcome.ts';
import { pinterestFailure } from './errors.ts';

export interface PinterestApi {
  /** https://api.pinterest.com: the v5 API and its token endpoint. */
  base: string;
  /** How often, and how many times, a video upload is checked until Pinterest has processed it. */
  mediaPollIntervalMs: number;
  mediaPolls: number;
}

export interface PinterestCall {
  method?: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  write: boolean;
  /** Pinterest's rate-limit categories: writes, reads, analytics. */
  bucket: 'write' | 'read' | 'analytics';
}

/** One v5 call with the profile's token: the body as T, or the Outcome of its error. */
export async function callPinterest<T>(api: PinterestApi, session: Pick<AdapterSession, 'http' | 'credentials'>, call: PinterestCall): Promise<Outcome<T>> {
  const url = new URL(`${api.base}/v5${call.path}`);
  for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
  const res = await session.http.send({
    method: call.method ?? 'GET',
    url: url.toString(),
    headers: {
      authorization: `Bearer ${session.credentials.accessToken ?? ''}`,
      accept: 'application/json',
      ...(call.json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(call.json === undefined ? {} : { body: JSON.stringify(call.json) }),
    bucket: call.bucket,
  });
  if (isHttpFailure(res) || res.status >= 300) return pinterestFailure(res, { write: call.write });
  return ok((res.json ?? {}) as T);
}
