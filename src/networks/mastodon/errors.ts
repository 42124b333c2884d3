import type { HttpResponse } from '../http.ts';
import { failureOfStatus } from '../http-outcome.ts';
import { rejected, transient, unauthorized, type Failure } from '../outcome.ts';

/** Mastodon's error body: `{"error": "…"}`, with `details` on validation errors (REST API > Errors). */
interface MastodonErrorBody {
  error?: unknown;
  error_description?: unknown;
}

/** Answers that mean the token no longer opens this account (methods/oauth, api/oauth-scopes). */
const TOKEN_GONE = /access token (is invalid|was revoked|expired)|outside the authorized scopes/i;
/** The account itself cannot act: reconnecting will not help, the person must fix it on the instance. */
const ACCOUNT_BLOCKED = /login is (currently disabled|missing a confirmed e-mail)|account (is )?(suspended|disabled)|pending approval/i;
/** A post that attached media the instance is still processing; it works a moment later. */
const MEDIA_PROCESSING = /not finished processing/i;

export function mastodonErrorText(res: HttpResponse): string {
  const body = res.json as MastodonErrorBody | undefined;
  if (typeof body?.error === 'string' && body.error) {
    return typeof body.error_description === 'string' ? `${body.error}: ${body.error_description}` : body.error;
  }
  return `Mastodon answered ${res.status}`;
}

/** What a Mastodon error answer comes to, from its message first and its status second. */
export function failureOfMastodon(res: HttpResponse, opts: { write: boolean; now?: Date }): Failure {
  const message = mastodonErrorText(res);
  if (res.status === 401 || TOKEN_GONE.test(message)) return unauthorized(message);
  if (res.status === 403 && ACCOUNT_BLOCKED.test(message)) return rejected(message, 'account_blocked');
  if (res.status === 404) return rejected(message, 'not_found');
  if (res.status === 413) return rejected('The file is larger than this instance accepts', 'too_large');
  if (res.status === 422) return MEDIA_PROCESSING.test(message) ? transient(message) : rejected(message, 'validation');
  return failureOfStatus(res, message, opts);
}
