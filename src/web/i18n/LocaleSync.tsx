import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLocale, takePendingLocale } from './index.ts';
import { isLocale } from './languages.ts';
import { useChangeLanguage } from './useChangeLanguage.ts';

/**
 * Once signed in, the language saved on the account is the app's language, unless the person
 * picked another one on the way in (on the login page, say): then that choice is saved instead.
 */
export function LocaleSync({ locale }: { locale: string }) {
  const { i18n } = useTranslation();
  const change = useChangeLanguage();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (handled.current === locale) return;
    handled.current = locale;
    const picked = takePendingLocale();
    if (picked && picked !== locale) {
      change.mutate(picked);
      return;
    }
    if (isLocale(locale) && locale !== i18n.language) {
      void i18n.changeLanguage(locale);
      rememberLocale(locale);
    }
    // Only a change of the saved language should switch the app, not every render.
  }, [locale]);
  return null;
}
