import type { Locale } from '../accounts/locales.ts';
import { mailTexts, type MailKind } from './mail-texts.ts';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface MailFacts {
  kind: MailKind;
  locale: Locale;
  workspace: string;
  /** Who acted: the submitter or the approver; null when nobody did (a missed approval). */
  actorName: string | null;
  excerpt: string;
  comment: string | null;
  /** When the post is due, and the zone it was planned in. */
  at: Date | null;
  zone: string | null;
  link: string;
}

/** Intl tags for the product's languages: Serbian is written in Cyrillic. */
const intlTags: Record<Locale, string> = { en: 'en', el: 'el', sr: 'sr-Cyrl', th: 'th' };

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An approval email in the recipient's language, with the due time on the post's own clock. */
export function renderMail(facts: MailFacts): MailContent {
  const texts = mailTexts[facts.locale];
  const time = facts.at
    ? new Intl.DateTimeFormat(intlTags[facts.locale], { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: facts.zone ?? 'UTC' }).format(facts.at)
    : '';
  const values = { name: facts.actorName ?? texts.someone, workspace: facts.workspace, excerpt: facts.excerpt, time };
  const body = fill(texts[facts.kind].body, values);
  const commentIntro = facts.comment ? fill(texts.comment, values) : null;
  const footer = fill(texts.footer, values);
  const text = [body, `“${facts.excerpt}”`, ...(facts.comment ? [`${commentIntro}\n${facts.comment}`] : []), `${texts.open}: ${facts.link}`, `-- \n${footer}`].join('\n\n');
  const paragraph = (s: string, style = '') => `<p${style ? ` style="${style}"` : ''}>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2933">',
    paragraph(body),
    paragraph(facts.excerpt, 'border-left: 3px solid #2f9e44; padding-left: 12px; color: #3e4c59'),
    ...(facts.comment && commentIntro ? [paragraph(commentIntro, 'margin-bottom: 0'), paragraph(facts.comment, 'margin-top: 4px; font-style: italic')] : []),
    `<p><a href="${escapeHtml(facts.link)}" style="display: inline-block; padding: 8px 16px; background: #2f9e44; color: #fff; border-radius: 6px; text-decoration: none">${escapeHtml(texts.open)}</a></p>`,
    paragraph(footer, 'color: #7b8794; font-size: 12px'),
    '</body></html>',
  ].join('\n');
  return { subject: fill(texts[facts.kind].subject, values), text, html };
}
