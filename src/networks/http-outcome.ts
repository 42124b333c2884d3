import type { HttpFailure, HttpResponse } from './http.ts';
import { rateLimited, rejected, transient, unauthorized, unknown, type Failure } from './outcome.ts';
import { readRateHeaders } from './rate-budget.ts';

/**
 * What a call that got no answer comes to. A write that timed out, or whose connection broke after
 * it was sent, may have taken effect, so it is `unknown`; the same on a read is simply `transient`.
 */
export function failureOfHttp(f: HttpFailure, opts: { write: boolean }): Failure {
  switch (f.kind) {
    case 'timeout':
      return opts.write ? unknown(f.reason) : transient(f.reason);
    case 'network':
      return opts.write && f.maybeSent ? unknown(f.reason) : transient(f.reason);
    case 'refused':
      return rejected(f.reason, 'refused_address');
    case 'budget':
      return rateLimited(f.retryAt, f.reason);
  }
}

/**
 * The usual meaning of an HTTP error status, for an adapter to fall back on after it has looked
 * for its network's own error codes. A gateway error on a write may hide a post that went through.
 */
export function failureOfStatus(res: HttpResponse, reason: string, opts: { write: boolean; now?: Date }): Failure {
  const now = opts.now ?? new Date();
  if (res.status === 401) return unauthorized(reason);
  if (res.status === 429) {
    const state = readRateHeaders(res.status, res.headers, now);
    return rateLimited(state?.resetAt ?? new Date(now.getTime() + 60_000), reason);
  }
  if (res.status >= 500) {
    return opts.write && [500, 502, 504].includes(res.status) ? unknown(reason) : transient(reason);
  }
  return rejected(reason, `http_${res.status}`);
}
