import type { LocaleInput } from '@fullcalendar/core';
import elLocale from '@fullcalendar/core/locales/el';
import srCyrlLocale from '@fullcalendar/core/locales/sr-cyrl';
import thLocale from '@fullcalendar/core/locales/th';
import type { Locale } from '../i18n/languages.ts';

/**
 * FullCalendar's own locale for each UI language: month and day names, and the first day of the
 * week (Sunday in English, Monday in the others). Serbian is Cyrillic here, as in the rest of the app.
 * English is FullCalendar's built-in default.
 */
export const calendarLocales: Record<Locale, LocaleInput | 'en'> = {
  en: 'en',
  el: elLocale,
  sr: srCyrlLocale,
  th: thLocale,
};
