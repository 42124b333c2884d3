import { failureOfHttp, failureOfStatus } from '../http-outcome.ts';
import { isHttpFailure, type HttpFailure, type HttpResponse } from '../http.ts';
import { rateLimited, rejected, unauthorized, type Failure } from '../outcome.ts';
import { readRateHeaders } from '../rate-budget.ts';

/** Pinterest's error body: a numeric code and a message ("Error" schema of API v5). */
interface PinterestErrorBody {
  code?: number;
  message?: string;
  /** RFC 6749 answers some OAuth errors use. */
  error?: string;
  error_description?: string;
}

/** Codes seen in Pinterest's answers: 2 "Authentication failed", 29 "not permitted to access that resource", 283 "The authorization grant is invalid". */
const AUTHENTICATION_FAILED = 2;
const NOT_PERMITTED = 29;
const INVALID_GRANT = 283;

export function pinterestReason(res: HttpResponse): { code: string; reason: string } {
  const body = (res.json ?? {}) as PinterestErrorBody;
  const code = body.code !== undefined ? `pinterest_${body.code}` : (body.error ?? `http_${res.status}`);
  const message = body.message ?? body.error_description ?? (res.text.slice(0, 200) || `HTTP ${res.status}`);
  return { code, reason: message };
}

/**
 * Pinterest's errors: its numeric codes where they tell more than the status, then the status.
 * A 429 (a rate limit, or too many writes to one object) waits for Retry-After or the
 * x-ratelimit-reset Pinterest sends, else a minute.
 */
export function pinterestFailure(res: HttpResponse | HttpFailure, opts: { write: boolean; now?: Date; token?: boolean }): Failure {
  if (isHttpFailure(res)) return failureOfHttp(res, opts);
  const now = opts.now ?? new Date();
  const body = (res.json ?? {}) as PinterestErrorBody;
  const { code, reason } = pinterestReason(res);
  if (res.status === 429) return rateLimited(readRateHeaders(429, res.headers, now)?.resetAt ?? new Date(now.getTime() + 60_000), reason);
  if (res.status >= 500) return failureOfStatus(res, reason, opts);
  // At the token endpoint a refused grant means the person must connect again.
  if (opts.token && (body.code === INVALID_GRANT || body.error === 'invalid_grant')) return unauthorized(`invalid_grant: ${reason}`);
  if (opts.token && body.error === 'invalid_client') return rejected(`Check the Pinterest app credentials: ${reason}`, 'invalid_client');
  if (res.status === 401 || body.code === AUTHENTICATION_FAILED) return unauthorized(reason);
  if (body.code === NOT_PERMITTED) return rejected(`Pinterest does not let this account do that: ${reason}`, code);
  if (res.status === 404) return rejected(reason, 'not_found');
  if (res.status >= 400) return rejected(reason, code);
  return failureOfStatus(res, reason, opts);
}
