import { locales, type Locale } from '../../core/accounts/locales.ts';

export { locales, type Locale };

/** Each language named in itself, as people look for their own. */
export const languageNames: Record<Locale, string> = {
  en: 'English',
  el: 'Ελληνικά',
  sr: 'Српски',
  th: 'ไทย',
};

/** The BCP 47 tag for Intl: Serbian is written in Cyrillic here. */
export const intlTags: Record<Locale, string> = {
  en: 'en',
  el: 'el',
  sr: 'sr-Cyrl',
  th: 'th',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The closest supported language to a tag such as "el-GR" or "sr-Latn-RS", if any. */
export function matchLocale(tag: string): Locale | null {
  const base = tag.toLowerCase().split('-')[0];
  return isLocale(base) ? base : null;
}
