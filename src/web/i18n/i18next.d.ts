import type en from './locales/en.json';

// Translation keys are checked at typecheck against the English file; the locale test keeps the
// other languages in step with it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
