import type { HttpResponse } from '../http.ts';
import { failureOfStatus } from '../http-outcome.ts';
import { rateLimited, rejected, unauthorized, type Failure } from '../outcome.ts';
import type { XAnswer } from './types.ts';

/*
 * X API v2 errors (docs.x.com, "Response codes and errors"): a problem object
 * `{title, detail, type, status}` where `type` names the problem
 * (https://api.twitter.com/2/problems/usage-capped, …/invalid-request, …/client-forbidden,
 * …/resource-not-found), with `errors[]` holding per-parameter messages; some endpoints still
 * answer v1.1 style, `{errors: [{code, message}]}` (88 rate limit, 89 invalid or expired token,
 * 187 duplicate, 186 too long).
 */

const DUPLICATE = /duplicate content|already posted/i;
const TOKEN_GONE_CODES = new Set([89, 215]);

/** The most specific readable message an X error answer carries. */
export function xErrorText(res: HttpResponse): string {
  const body = res.json as XAnswer<unknown> & { title?: string; detail?: string } | undefined;
  const first = body?.errors?.[0];
  return first?.message ?? first?.detail ?? body?.detail ?? body?.title ?? `X answered ${res.status}`;
}

export function failureOfX(res: HttpResponse, opts: { write: boolean; now?: Date }): Failure {
  const now = opts.now ?? new Date();
  const body = res.json as XAnswer<unknown> & { title?: string; detail?: string; type?: string } | undefined;
  const message = xErrorText(res);
  const type = body?.type ?? body?.errors?.[0]?.type ?? '';
  const code = body?.errors?.[0]?.code;
  if (res.status === 401 || (code !== undefined && TOKEN_GONE_CODES.has(code))) return unauthorized(message);
  if (res.status === 429 || type.endsWith('/usage-capped') || code === 88) return rateLimited(xRetryAt(res.headers, now), message);
  if (DUPLICATE.test(message) || DUPLICATE.test(body?.detail ?? '') || code === 187) return rejected(message, 'duplicate');
  if (res.status === 404 || type.endsWith('/resource-not-found')) return rejected(message, 'not_found');
  if (type.endsWith('/client-forbidden')) return rejected(`${message} (the X app must belong to a Project with access to this endpoint)`, 'client_forbidden');
  if (res.status === 400 || type.endsWith('/invalid-request')) return rejected(message, 'invalid_request');
  if (res.status === 403) return rejected(message, 'forbidden');
  return failureOfStatus(res, message, opts);
}

/**
 * When X will take calls again: the latest reset among the limits it says are spent, the
 * 15-minute endpoint window and the 24-hour per-user and per-app post caps alike.
 */
export function xRetryAt(headers: Headers, now: Date): Date {
  const resets: number[] = [];
  for (const prefix of ['x-rate-limit', 'x-user-limit-24hour', 'x-app-limit-24hour']) {
    const remaining = headers.get(`${prefix}-remaining`);
    const reset = Number(headers.get(`${prefix}-reset`));
    if (remaining === '0' && Number.isFinite(reset) && reset > 0) resets.push(reset * 1000);
  }
  const retryAfter = Number(headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) resets.push(now.getTime() + retryAfter * 1000);
  return new Date(resets.length ? Math.max(...resets) : now.getTime() + 15 * 60_000);
}
