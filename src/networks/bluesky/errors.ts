import { XRPCError } from '@atproto/api';
import { failureOfHttp } from '../http-outcome.ts';
import type { HttpFailure } from '../http.ts';
import { ok, rateLimited, rejected, transient, unauthorized, unknown, type Failure, type Outcome } from '../outcome.ts';
import { readRateHeaders } from '../rate-budget.ts';

/** XRPC error names that mean the profile's session no longer works: reconnect or refresh. */
const SESSION_ERRORS = new Set(['ExpiredToken', 'InvalidToken', 'AuthenticationRequired', 'AuthMissing', 'AccountTakedown', 'AccountDeactivated', 'AccountSuspended']);

/** XRPC statuses the client library uses when no usable answer came back. */
const NO_ANSWER = 1;
const INVALID_ANSWER = 2;

/** The XRPC error name, e.g. "ExpiredToken", or null for an error that is not an XRPC error. */
export function xrpcErrorName(err: unknown): string | null {
  return err instanceof XRPCError ? (err.error ?? null) : null;
}

function httpFailureIn(err: XRPCError): HttpFailure | null {
  const cause = err.cause as { canopyFailure?: HttpFailure } | undefined;
  return cause?.canopyFailure ?? null;
}

/** When Bluesky says the budget refills: ratelimit-reset is epoch seconds; Retry-After also counts. */
function retryAtOf(headers: Record<string, string | undefined> | undefined, now: Date): Date {
  const h = new Headers(Object.entries(headers ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, v] as [string, string]])));
  const reset = h.get('ratelimit-reset');
  if (reset && /^\d+$/.test(reset)) return new Date(Number(reset) * 1000);
  return readRateHeaders(429, h, now)?.resetAt ?? new Date(now.getTime() + 60_000);
}

/**
 * What a failed XRPC call comes to. `write` says whether the call changes something: a write whose
 * answer never came (a timeout, a gateway error, an answer we could not read) may have taken effect,
 * so it is `unknown`, never `transient`. Errors that are not XRPC errors are bugs and are rethrown.
 */
export function outcomeOfError(err: unknown, opts: { write: boolean; now?: Date }): Failure {
  if (!(err instanceof XRPCError)) throw err;
  const now = opts.now ?? new Date();
  const name = err.error ?? '';
  const reason = name && err.message && err.message !== name ? `${name}: ${err.message}` : err.message || name || `HTTP ${err.status}`;
  if (err.status === NO_ANSWER) {
    const failure = httpFailureIn(err);
    if (failure) return failureOfHttp(failure, { write: opts.write });
    return opts.write ? unknown(reason) : transient(reason);
  }
  if (err.status === INVALID_ANSWER) return opts.write ? unknown(`Bluesky answered in an unexpected shape: ${reason}`) : transient(reason);
  if (err.status === 429 || name === 'RateLimitExceeded') return rateLimited(retryAtOf(err.headers, now), reason);
  if (SESSION_ERRORS.has(name) || err.status === 401) return unauthorized(reason);
  if (err.status >= 500) {
    return opts.write && err.status !== 503 ? unknown(reason) : transient(reason);
  }
  return rejected(reason, name || `http_${err.status}`);
}

/** Runs one network call and turns its XRPC error, if any, into an Outcome. */
export async function attempt<T>(write: boolean, call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return ok(await call());
  } catch (err) {
    return outcomeOfError(err, { write });
  }
}
