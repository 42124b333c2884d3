import type { AdapterSession } from '../adapter.ts';
import { isHttpFailure, type HttpResponse } from '../http.ts';
import { ok, type Outcome } from '../outcome.ts';
import { youtubeFailure } from './errors.ts';

/** Where the Data API lives: both `/youtube/v3` and the upload path `/upload/youtube/v3` hang off it. */
export interface YouTubeApi {
  base: string;
}

export interface YouTubeCall {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under /youtube/v3, e.g. "/videos". */
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  /** A write whose answer never came may have taken effect. */
  write: boolean;
  bucket: 'read' | 'write' | 'search';
}

export function youtubeUrl(api: YouTubeApi, path: string, query: Record<string, string> = {}): string {
  const url = new URL(`${api.base}/youtube/v3${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}

export function bearer(session: AdapterSession): Record<string, string> {
  return { authorization: `Bearer ${session.credentials.accessToken ?? ''}` };
}

/** One Data API call with the profile's token; the body as T, or the Outcome of its error. */
export async function callYouTube<T>(api: YouTubeApi, session: AdapterSession, call: YouTubeCall): Promise<Outcome<T>> {
  const res = await session.http.send({
    method: call.method ?? 'GET',
    url: youtubeUrl(api, call.path, call.query),
    headers: { ...bearer(session), accept: 'application/json', ...(call.json === undefined ? {} : { 'content-type': 'application/json; charset=UTF-8' }) },
    ...(call.json === undefined ? {} : { body: JSON.stringify(call.json) }),
    bucket: call.bucket,
  });
  if (isHttpFailure(res) || res.status >= 300) return youtubeFailure(res, { write: call.write });
  return ok(bodyOf<T>(res));
}

function bodyOf<T>(res: HttpResponse): T {
  return (res.json ?? {}) as T;
}
