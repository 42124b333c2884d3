import { failureOfHttp, failureOfStatus } from '../http-outcome.ts';
import { isHttpFailure, type HttpFailure, type HttpResponse } from '../http.ts';
import { rateLimited, rejected, transient, unauthorized, unknown, type Failure } from '../outcome.ts';
import { readRateHeaders } from '../rate-budget.ts';

/** TikTok API v2 wraps every answer: `error.code` is "ok" on success ("Error Handling"). */
export interface TikTokEnvelope<T> {
  data?: T;
  error?: { code?: string; message?: string; log_id?: string };
}

export function tiktokErrorCode(res: HttpResponse): string | null {
  const code = (res.json as TikTokEnvelope<unknown> | undefined)?.error?.code;
  return code && code !== 'ok' ? code : null;
}

const HOUR = 3600_000;

/** Codes that say the token no longer carries what the call needs: connect again. */
const AUTH = new Set(['access_token_invalid', 'scope_not_authorized', 'scope_permission_missed']);

/** What people read for codes whose message is terse. */
const EXPLAINED: Record<string, string> = {
  unaudited_client_can_only_post_to_private_accounts:
    'TikTok lets this app post only privately until TikTok has audited it: make the TikTok account private, or choose "Only me", or have the app audited.',
  url_ownership_unverified: 'TikTok fetches media only from a domain the app has verified: verify the media domain in the TikTok developer portal.',
  privacy_level_option_mismatch: 'This TikTok account does not allow the chosen audience. Choose one the account offers.',
  spam_risk_user_banned_from_posting: 'TikTok has stopped this account from posting.',
};

/**
 * TikTok's error codes ("API v2 Error Handling", "Direct Post" errors) first, then the HTTP status.
 * The daily caps (posts per creator, active users per app) refill within a day.
 */
export function tiktokFailure(res: HttpResponse | HttpFailure, opts: { write: boolean; now?: Date }): Failure {
  if (isHttpFailure(res)) return failureOfHttp(res, opts);
  const now = opts.now ?? new Date();
  const body = res.json as TikTokEnvelope<unknown> | undefined;
  const code = tiktokErrorCode(res) ?? `http_${res.status}`;
  const reason = `${code}: ${body?.error?.message || EXPLAINED[code] || `HTTP ${res.status}`}`;
  if (AUTH.has(code)) return unauthorized(reason);
  if (code === 'rate_limit_exceeded') return rateLimited(readRateHeaders(429, res.headers, now)?.resetAt ?? new Date(now.getTime() + 60_000), reason);
  if (code === 'spam_risk_too_many_posts' || code === 'reached_active_user_cap') return rateLimited(new Date(now.getTime() + 24 * HOUR), reason);
  if (code === 'spam_risk_too_many_pending_share') return rateLimited(new Date(now.getTime() + HOUR), reason);
  if (EXPLAINED[code]) return rejected(EXPLAINED[code], code);
  // TikTok's own outage, whatever status came with it: a write may have gone through.
  if (code === 'internal_error') return opts.write ? unknown(reason) : transient(reason);
  if (res.status >= 400 && res.status < 500 && res.status !== 401 && res.status !== 429) return rejected(reason, code);
  return failureOfStatus(res, reason, opts);
}
