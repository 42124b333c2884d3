import { Text, type TextProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { intlTags, isLocale } from '../i18n/languages.ts';
import { relativeTime } from './time.ts';

/** The Intl tag of the language the app is read in. */
export function useIntlTag(): string {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? intlTags[i18n.language] : 'en';
}

/** The current time, moving on every minute so "5 min. ago" stays true while the page is open. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "5 min. ago", with the full date and time on hover and for machines. */
export function RelativeTime({ iso, ...props }: { iso: string } & TextProps) {
  const tag = useIntlTag();
  const format = useFormat();
  const now = useMinuteClock();
  const full = format.dateTime(iso);
  return (
    <Text component="time" dateTime={iso} title={full} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} {...props}>
      {relativeTime(iso, now, tag)}
    </Text>
  );
}
