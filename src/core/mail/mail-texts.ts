import { locales, type Locale } from '../accounts/locales.ts';
import el from './texts/el.json' with { type: 'json' };
import en from './texts/en.json' with { type: 'json' };
import sr from './texts/sr.json' with { type: 'json' };
import th from './texts/th.json' with { type: 'json' };

export type MailTexts = typeof en;
/** What an email tells someone about a post on its way through approval. */
export type MailKind = 'requested' | 'approved' | 'rejected' | 'changes_requested' | 'missed';

export const mailTexts: Record<Locale, MailTexts> = { en, el, sr, th };

/** A person's language (users.locale), English for one Canopy does not speak. */
export function mailLocale(locale: string): Locale {
  return (locales as readonly string[]).includes(locale) ? (locale as Locale) : 'en';
}
