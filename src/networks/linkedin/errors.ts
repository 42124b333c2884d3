import type { HttpResponse } from '../http.ts';
import { failureOfStatus } from '../http-outcome.ts';
import { rateLimited, rejected, unauthorized, type Failure } from '../outcome.ts';

/**
 * LinkedIn's error body (learn.microsoft.com/linkedin, "Error Handling"):
 * `{status, serviceErrorCode, code, message}`, with `errorDetails.inputErrors[]` on validation
 * errors, e.g. code DUPLICATE_POST when the same commentary was posted recently. 401 covers
 * invalid (65600), revoked (65601), expired (65602) and missing (65604) tokens.
 */
interface LinkedInErrorBody {
  message?: unknown;
  code?: unknown;
  serviceErrorCode?: unknown;
  errorDetails?: { inputErrors?: Array<{ code?: string; description?: string }> };
}

export function linkedinErrorText(res: HttpResponse): string {
  const body = res.json as LinkedInErrorBody | undefined;
  // Validation messages come prefixed with a Java exception class; people need only the sentence.
  const message = typeof body?.message === 'string' ? body.message.replace(/^(?:[\w.$]+(?:Exception|Error):\s*)+/, '') : '';
  const inputs = (body?.errorDetails?.inputErrors ?? []).map((e) => e.description).filter((d): d is string => Boolean(d) && !message.includes(d!));
  return [message, ...inputs].filter(Boolean).join(' — ') || `LinkedIn answered ${res.status}`;
}

export function failureOfLinkedIn(res: HttpResponse, opts: { write: boolean; now?: Date }): Failure {
  const now = opts.now ?? new Date();
  const body = res.json as LinkedInErrorBody | undefined;
  const message = linkedinErrorText(res);
  const inputCodes = (body?.errorDetails?.inputErrors ?? []).map((e) => e.code);
  if (res.status === 401) return unauthorized(message);
  if (res.status === 429) return rateLimited(retryAtOf(res.headers, now), message);
  if (inputCodes.includes('DUPLICATE_POST') || /duplicate/i.test(message)) return rejected(message, 'duplicate');
  if (res.status === 403) return rejected(message, 'access_denied');
  if (res.status === 404) return rejected(message, 'not_found');
  if (res.status === 400 || res.status === 422) return rejected(message, typeof inputCodes[0] === 'string' ? inputCodes[0] : 'invalid');
  return failureOfStatus(res, message, opts);
}

/** LinkedIn's daily limits reset at midnight UTC, and its 429s carry no reset header of their own. */
function retryAtOf(headers: Headers, now: Date): Date {
  const retryAfter = Number(headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return new Date(now.getTime() + retryAfter * 1000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}
