import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import el from './locales/el.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import sr from './locales/sr.json' with { type: 'json' };
import th from './locales/th.json' with { type: 'json' };
import { isLocale, matchLocale, type Locale } from './languages.ts';

const STORAGE_KEY = 'canopy.locale';
const PENDING_KEY = 'canopy.locale.pending';

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage may be blocked; the browser's language will do
  }
}

/** Before anyone signs in: what they picked last time here, else the browser's language. */
function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return 'en';
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits; the choice still applies now.
  }
}

/** A language picked while signed out, to be saved to the account at the next sign-in. */
export function markPendingLocale(locale: Locale): void {
  try {
    localStorage.setItem(PENDING_KEY, locale);
  } catch {
    // Then the account's saved language wins at sign-in, as it would anyway.
  }
}

export function takePendingLocale(): Locale | null {
  try {
    const value = localStorage.getItem(PENDING_KEY);
    localStorage.removeItem(PENDING_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = isLocale(lng) && lng === 'sr' ? 'sr-Cyrl' : lng;
});

await i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, el: { translation: el }, sr: { translation: sr }, th: { translation: th } },
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'el', 'sr', 'th'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
