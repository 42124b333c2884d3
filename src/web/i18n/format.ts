import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlTags, isLocale } from './languages.ts';

export interface Formatters {
  dateTime(iso: string): string;
  date(iso: string): string;
  number(value: number): string;
  /** "Ana, Ben and Chloé", joined the way the language joins a list. */
  list(values: string[]): string;
}

/** Dates and numbers in the language the person reads the app in. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const tag = isLocale(lng) ? intlTags[lng] : 'en';
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(tag);
    const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      number: (value) => number.format(value),
      list: (values) => list.format(values),
    };
  }, [lng]);
}
