import type { TFunction } from 'i18next';
import type { ImportRowError } from './types.ts';

/** The row problems the app words itself; others (a network's own check) are shown as the API says them. */
const worded = ['profiles_missing', 'profile_unknown', 'profile_ambiguous', 'text_missing', 'date_invalid', 'time_invalid', 'time_past', 'campaign_unknown', 'link_invalid'] as const;

export function rowErrorText(t: TFunction, error: ImportRowError): string {
  const code = worded.find((c) => c === error.code);
  if (!code) return error.message;
  const { handle = '', value = '', date = '', time = '', name = '' } = error.params ?? {};
  return t(`planning.imports.errors.${code}`, { handle, value, date, time, name, example: 'bluesky:brand.bsky.social', scheme: 'http:// / https://' });
}
