import { intlTags, isLocale } from '../i18n/languages.ts';

/** A moment as read in a given zone, in the reader's language, with the zone's name beside it. */
export function zonedDateTime(iso: string, zone: string, language: string): string {
  const tag = isLocale(language) ? intlTags[language] : 'en';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}
