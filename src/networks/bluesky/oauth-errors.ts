import {
  FetchError,
  OAuthCallbackError,
  OAuthResolverError,
  OAuthResponseError,
  TokenInvalidError,
  TokenRefreshError,
  TokenRevokedError,
} from '@atproto/oauth-client-node';
import { failureOfHttp } from '../http-outcome.ts';
import type { HttpFailure } from '../http.ts';
import { rateLimited, rejected, transient, unauthorized, type Failure } from '../outcome.ts';
import { readRateHeaders } from '../rate-budget.ts';

/** The errors in a chain of causes, outermost first. */
function causesOf(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = err; e !== undefined && chain.length < 10; e = e instanceof Error ? e.cause : undefined) chain.push(e);
  return chain;
}

/** The NetworkHttp failure (timeout, refused address, spent budget) behind a library error. */
export function canopyFailureIn(err: unknown): { error: Error; failure: HttpFailure } | null {
  for (const e of causesOf(err)) {
    const failure = (e as { canopyFailure?: HttpFailure } | null)?.canopyFailure;
    if (failure && e instanceof Error) return { error: e, failure };
  }
  return null;
}

function responseErrorIn(err: unknown): OAuthResponseError | null {
  return (causesOf(err).find((e) => e instanceof OAuthResponseError) as OAuthResponseError | undefined) ?? null;
}

/** Whether the library gave the session up: revoked, refused on refresh, or no longer accepted. */
export function isSessionEnded(err: unknown): boolean {
  return causesOf(err).some((e) => e instanceof TokenRefreshError || e instanceof TokenRevokedError || e instanceof TokenInvalidError);
}

function describe(err: unknown): string {
  const response = responseErrorIn(err);
  if (response) return [response.error, response.errorDescription].filter(Boolean).join(': ') || `HTTP ${response.status}`;
  return err instanceof Error ? err.message : String(err);
}

/** Errors the OAuth library raises about the network, as opposed to bugs. */
const LIBRARY_ERRORS = [FetchError, OAuthCallbackError, OAuthResolverError, OAuthResponseError, TokenInvalidError, TokenRefreshError, TokenRevokedError];

/**
 * What a failed OAuth step (resolving the account, PAR, code exchange, refresh) comes to. None of
 * them publishes anything, so a lost answer is transient, never unknown. `refusal` names what a
 * refusal by the server means for this step. Anything else is a bug, and is rethrown.
 */
export function outcomeOfOAuthError(err: unknown, refusal: { kind: 'rejected'; code: string } | { kind: 'unauthorized' }): Failure {
  if (!causesOf(err).some((e) => LIBRARY_ERRORS.some((type) => e instanceof type))) throw err;
  const http = canopyFailureIn(err);
  if (http) return failureOfHttp(http.failure, { write: false });
  if (isSessionEnded(err)) return unauthorized(`invalid_grant: ${describe(err)}; reconnect Bluesky`);
  const response = responseErrorIn(err);
  if (response?.status === 429) {
    const now = new Date();
    return rateLimited(readRateHeaders(429, response.headers, now)?.resetAt ?? new Date(now.getTime() + 60_000), describe(err));
  }
  if (response && response.status >= 500) return transient(describe(err));
  const reason = describe(err);
  return refusal.kind === 'unauthorized' ? unauthorized(reason) : rejected(reason, refusal.code);
}

/**
 * The answer an XRPC call gets when its OAuth session could not be made ready (nothing was sent
 * to the PDS): shaped so that errors.ts maps it as it maps the PDS's own answers.
 */
export function responseForSessionError(err: unknown): Response {
  const failure = outcomeOfOAuthError(err, { kind: 'unauthorized' });
  const body = (error: string) => JSON.stringify({ error, message: failure.reason });
  switch (failure.kind) {
    case 'unauthorized':
      return new Response(body('ExpiredToken'), { status: 401, headers: { 'content-type': 'application/json' } });
    case 'rate_limited':
      return new Response(body('RateLimitExceeded'), {
        status: 429,
        headers: { 'content-type': 'application/json', 'ratelimit-reset': String(Math.ceil(failure.retryAt.getTime() / 1000)) },
      });
    case 'rejected':
      return new Response(body('SessionRefused'), { status: 400, headers: { 'content-type': 'application/json' } });
    default:
      return new Response(body('SessionUnavailable'), { status: 503, headers: { 'content-type': 'application/json' } });
  }
}
