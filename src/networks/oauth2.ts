import type { Credentials } from './adapter.ts';
import { isHttpFailure, type HttpResponse, type NetworkHttp } from './http.ts';
import { failureOfHttp, failureOfStatus } from './http-outcome.ts';
import { ok, rejected, unauthorized, type Failure, type Outcome } from './outcome.ts';

/** An RFC 6749 token response, as every OAuth network sends it. */
export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
  scope?: string;
  token_type?: string;
}

export interface TokenEndpointCall {
  url: string;
  form: Record<string, string>;
  /** Confidential clients that must authenticate with HTTP Basic instead of form fields (X). */
  basicAuth?: { clientId: string; clientSecret: string };
  /**
   * Whether an error answer means the grant itself is gone (revoked, expired, already used), for
   * networks that say so without `invalid_grant`.
   */
  grantIsGone?: (error: string, description: string) => boolean;
  now?: Date;
}

interface OAuthErrorBody {
  error?: unknown;
  error_description?: unknown;
}

/** Where to send a person to grant access (RFC 6749 §4.1.1), with PKCE S256 (RFC 7636) when a challenge is given. */
export function authorizationCodeUrl(
  endpoint: string,
  params: { clientId: string; redirectUri: string; scope: string; state: string; codeChallenge?: string; extra?: Record<string, string> },
): string {
  const url = new URL(endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: params.clientId,
    redirect_uri: params.redirectUri,
    scope: params.scope,
    state: params.state,
    ...(params.codeChallenge ? { code_challenge: params.codeChallenge, code_challenge_method: 'S256' } : {}),
    ...params.extra,
  }).toString();
  return url.toString();
}

/**
 * Posts to an OAuth token endpoint. A lost grant is `unauthorized` (the person must connect again);
 * a wrong client is `rejected` (an admin must fix the app credentials); 5xx, timeouts and 429 are
 * passing, and never make Canopy think the person revoked access.
 */
export async function callTokenEndpoint(http: NetworkHttp, call: TokenEndpointCall): Promise<Outcome<TokenResponse>> {
  const res = await postForm(http, call);
  if (isHttpFailure(res)) return failureOfHttp(res, { write: false });
  const body = res.json as (Partial<TokenResponse> & OAuthErrorBody) | undefined;
  if (res.status >= 200 && res.status < 300 && typeof body?.access_token === 'string' && body.access_token) {
    return ok(body as TokenResponse);
  }
  return failureOfTokenAnswer(res, call);
}

/** RFC 7009 revocation: a token that is already invalid counts as revoked. */
export async function callRevokeEndpoint(http: NetworkHttp, call: TokenEndpointCall): Promise<Outcome> {
  const res = await postForm(http, call);
  if (isHttpFailure(res)) return failureOfHttp(res, { write: false });
  if (res.status >= 200 && res.status < 300) return ok(undefined);
  const failure = failureOfTokenAnswer(res, call);
  return failure.kind === 'unauthorized' ? ok(undefined) : failure;
}

/**
 * Credentials from a token answer. Networks that do not rotate refresh tokens answer without one:
 * then the refresh token we had stays, so a refresh never wipes it.
 */
export function credentialsFromToken(token: TokenResponse, previous: Credentials | undefined, now = new Date()): Credentials {
  const refreshToken = token.refresh_token || previous?.refreshToken;
  return {
    accessToken: token.access_token,
    ...(refreshToken ? { refreshToken } : {}),
    ...(typeof token.expires_in === 'number' && token.expires_in > 0 ? { expiresAt: new Date(now.getTime() + token.expires_in * 1000) } : {}),
    ...(previous?.extra ? { extra: previous.extra } : {}),
  };
}

async function postForm(http: NetworkHttp, call: TokenEndpointCall) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (call.basicAuth) {
    headers.authorization = `Basic ${Buffer.from(`${call.basicAuth.clientId}:${call.basicAuth.clientSecret}`).toString('base64')}`;
  }
  return http.send({ method: 'POST', url: call.url, headers, body: new URLSearchParams(call.form).toString(), bucket: 'oauth' });
}

function failureOfTokenAnswer(res: HttpResponse, call: TokenEndpointCall): Failure {
  const body = res.json as OAuthErrorBody | undefined;
  const error = typeof body?.error === 'string' ? body.error : '';
  const description = typeof body?.error_description === 'string' ? body.error_description : '';
  const reason = error ? `${error}: ${description || 'no description'}` : `token endpoint answered ${res.status}`;
  if (res.status === 429 || res.status >= 500) return failureOfStatus(res, reason, { write: false, now: call.now });
  if (error === 'invalid_grant') return unauthorized(reason);
  if (error && call.grantIsGone?.(error, description)) return unauthorized(reason);
  if (error === 'invalid_client' || error === 'unauthorized_client') return rejected(reason, error);
  return failureOfStatus(res, reason, { write: false, now: call.now });
}
