import { failureOfHttp, failureOfStatus } from '../http-outcome.ts';
import { isHttpFailure, type HttpFailure, type HttpResponse } from '../http.ts';
import { rateLimited, rejected, unauthorized, type Failure } from '../outcome.ts';
import { readRateHeaders } from '../rate-budget.ts';

/**
 * Google's JSON error body, shared by the YouTube Data API and the Business Profile APIs
 * ("Standard error responses" in the YouTube Data API docs; google.rpc.Status elsewhere).
 * Older APIs name the cause in `errors[].reason`, newer ones in an ErrorInfo detail.
 */
interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: Array<{ reason?: string; message?: string; domain?: string }>;
    details?: Array<{ '@type'?: string; reason?: string }>;
  };
}

export interface GoogleError {
  status: string | null;
  message: string;
  /** Every reason the body names, from errors[] and from ErrorInfo details. */
  reasons: string[];
}

export function readGoogleError(res: HttpResponse): GoogleError {
  const body = (res.json ?? {}) as GoogleErrorBody;
  const reasons = [...(body.error?.errors ?? []).map((e) => e.reason), ...(body.error?.details ?? []).map((d) => d.reason)].filter(
    (r): r is string => typeof r === 'string' && r.length > 0,
  );
  const message = body.error?.message ?? body.error?.errors?.[0]?.message ?? (res.text.slice(0, 300) || `HTTP ${res.status}`);
  return { status: body.error?.status ?? null, message, reasons };
}

/** Daily quotas of Google APIs reset at midnight Pacific Time. */
const PACIFIC = 'America/Los_Angeles';

/** The next midnight in Pacific Time after `now`, whatever the process's own time zone. */
export function nextPacificMidnight(now: Date): Date {
  const today = pacificWallClock(now);
  const wall = Date.UTC(today.year, today.month - 1, today.day + 1, 0, 0, 0);
  // The wall time read as UTC, moved by the zone's offset; checked again at the result for DST days.
  const first = wall + pacificOffsetMs(new Date(wall));
  return new Date(wall + pacificOffsetMs(new Date(first)));
}

function pacificWallClock(at: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: PACIFIC,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** How far UTC is ahead of Pacific wall time at an instant (7 or 8 hours). */
function pacificOffsetMs(at: Date): number {
  const w = pacificWallClock(at);
  return Math.floor(at.getTime() / 1000) * 1000 - Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Reasons meaning the project's daily quota is spent: nothing works until it resets. */
const DAILY_QUOTA = new Set(['quotaExceeded', 'dailyLimitExceeded', 'dailyLimitExceededUnreg']);
/** Reasons meaning too many calls in a short window: wait briefly. */
const SHORT_LIMIT = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'RATE_LIMIT_EXCEEDED', 'RESOURCE_EXHAUSTED']);
/** Reasons meaning the token is not (or no longer) good. */
const AUTH = new Set(['authError', 'unauthorized', 'ACCESS_TOKEN_EXPIRED', 'ACCESS_TOKEN_TYPE_UNSUPPORTED', 'CREDENTIALS_MISSING']);
/** Reasons meaning the person did not grant a scope the call needs: connecting again asks for it. */
const SCOPE = new Set(['insufficientPermissions', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT']);

/**
 * What a Google API error comes to: the reasons in the body first, then the HTTP status. A network
 * with reasons of its own looks at those before calling this.
 */
export function googleFailure(res: HttpResponse | HttpFailure, opts: { write: boolean; now?: Date }): Failure {
  if (isHttpFailure(res)) return failureOfHttp(res, opts);
  const now = opts.now ?? new Date();
  const err = readGoogleError(res);
  const reason = err.reasons[0] ? `${err.reasons[0]}: ${err.message}` : err.message;
  // Newer APIs say a daily quota is spent with RESOURCE_EXHAUSTED and a "per day" limit name.
  const daily = err.reasons.some((r) => DAILY_QUOTA.has(r)) || (err.status === 'RESOURCE_EXHAUSTED' && /per ?day/i.test(err.message));
  if (daily) return rateLimited(nextPacificMidnight(now), reason);
  if (err.reasons.some((r) => SHORT_LIMIT.has(r)) || res.status === 429 || err.status === 'RESOURCE_EXHAUSTED') {
    const state = readRateHeaders(429, res.headers, now);
    return rateLimited(state?.resetAt ?? new Date(now.getTime() + 60_000), reason);
  }
  if (res.status === 401 || err.status === 'UNAUTHENTICATED' || err.reasons.some((r) => AUTH.has(r) || SCOPE.has(r))) return unauthorized(reason);
  if (res.status >= 400 && res.status < 500) return rejected(reason, err.reasons[0] ?? err.status ?? `http_${res.status}`);
  return failureOfStatus(res, reason, opts);
}
