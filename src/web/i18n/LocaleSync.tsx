import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLocale } from './index.ts';
import { isLocale } from './languages.ts';

/** Once signed in, the language saved on the account wins over this browser's last choice. */
export function LocaleSync({ locale }: { locale: string }) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (isLocale(locale) && locale !== i18n.language) {
      void i18n.changeLanguage(locale);
      rememberLocale(locale);
    }
    // Only a change of the saved language should switch the app, not every render.
  }, [locale]);
  return null;
}
