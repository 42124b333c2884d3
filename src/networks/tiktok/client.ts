import type { AdapterSession } from '../adapter.ts';
import { isHttpFailure } from '../http.ts';
import { ok, type Outcome } from '../outcome.ts';
import { tiktokErrorCode, tiktokFailure, type TikTokEnvelope } from './errors.ts';

export interface TikTokApi {
  /** https://open.tiktokapis.com: the API and its OAuth token endpoints. */
  base: string;
  /** How often, and how many times, publish asks whether TikTok has posted. */
  statusPollIntervalMs: number;
  statusPolls: number;
}

export interface TikTokCall {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  write: boolean;
  /** TikTok limits each endpoint on its own (init 6 a minute, creator info 20, status 30). */
  bucket: 'creator' | 'publish' | 'status' | 'read';
}

/** One API call with the profile's token: the `data` of the envelope, or the Outcome of its error. */
export async function callTikTok<T>(api: TikTokApi, session: AdapterSession, call: TikTokCall): Promise<Outcome<T>> {
  const url = new URL(`${api.base}${call.path}`);
  for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
  const res = await session.http.send({
    method: call.method ?? 'POST',
    url: url.toString(),
    headers: {
      authorization: `Bearer ${session.credentials.accessToken ?? ''}`,
      ...(call.json === undefined ? {} : { 'content-type': 'application/json; charset=UTF-8' }),
    },
    ...(call.json === undefined ? {} : { body: JSON.stringify(call.json) }),
    bucket: call.bucket,
  });
  if (isHttpFailure(res) || res.status >= 300 || tiktokErrorCode(res)) return tiktokFailure(res, { write: call.write });
  return ok((parseTikTokJson<TikTokEnvelope<T>>(res.text)?.data ?? {}) as T);
}

type SourceReviver = (key: string, value: unknown, context?: { source?: string }) => unknown;

/**
 * TikTok sends post ids as 64-bit numbers (publicaly_available_post_id), beyond what a JS number
 * holds exactly: such numbers are kept as the digits TikTok sent.
 */
export function parseTikTokJson<T>(text: string): T | undefined {
  const keepBig: SourceReviver = (_key, value, context) =>
    typeof value === 'number' && !Number.isSafeInteger(value) && Number.isInteger(value) && context?.source ? context.source : value;
  try {
    return JSON.parse(text, keepBig as Parameters<typeof JSON.parse>[1]) as T;
  } catch {
    return undefined;
  }
}
