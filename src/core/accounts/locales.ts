export const locales = ['en', 'el', 'sr', 'th'] as const;
export type Locale = (typeof locales)[number];
