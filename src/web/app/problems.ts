import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';

/** Error codes whose meaning the app says in the reader's language instead of the API's English. */
const translatedCodes = [
  'invalid_credentials',
  'totp_invalid',
  'email_taken',
  'invitation_expired',
  'rate_limited',
  'network',
  'internal',
  'unavailable',
  'csrf_failed',
] as const;
type TranslatedCode = (typeof translatedCodes)[number];

function isTranslated(code: string): code is TranslatedCode {
  return (translatedCodes as readonly string[]).includes(code);
}

/** One sentence for an error, ready to show above a form or in a notification. */
export function problemMessage(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (isTranslated(err.code)) return t(`errors.${err.code}`);
    return err.detail;
  }
  return t('errors.internal');
}

/**
 * Field problems keyed by form field: "body.email" → "email". Only fields the form has are kept;
 * the rest stay in the summary shown above the form.
 */
export function fieldProblems<F extends string>(err: unknown, fields: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  if (!(err instanceof ApiError)) return out;
  for (const p of err.problems) {
    const name = p.field.replace(/^body\./, '');
    const match = fields.find((f) => f === name);
    if (match && out[match] === undefined) out[match] = p.message;
  }
  return out;
}

export function isForbidden(err: unknown): boolean {
  return err instanceof ApiError && err.status === 403 && err.code === 'forbidden';
}
