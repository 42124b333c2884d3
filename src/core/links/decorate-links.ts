import type { UtmTemplate } from '../../db/schema.ts';

/** What a campaign's UTM templates are filled with for one target. */
export interface UtmValues {
  network: string;
  /** The profile's handle. */
  profile: string;
  campaign: string;
}

const utmKeys = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** http(s) URLs in running text, stopping before closing punctuation a sentence puts after a link. */
const urlPattern = /\bhttps?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]}»”’]/giu;

export function fillUtm(template: UtmTemplate, values: UtmValues): Array<[string, string]> {
  const fill = (s: string) => s.replace(/\{(network|profile|campaign)\}/g, (_, key: keyof UtmValues) => values[key]);
  return utmKeys.flatMap((key) => {
    const value = template[key];
    return value ? [[`utm_${key}`, fill(value)] as [string, string]] : [];
  });
}

/** The link with the UTM parameters set; its own query and fragment are kept. A string that is not a URL comes back as it was. */
export function decorateLink(link: string, params: Array<[string, string]>): string {
  if (params.length === 0) return link;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  for (const [key, value] of params) url.searchParams.set(key, value);
  return url.toString();
}

/** Each http(s) link in the text, in order of appearance, once. */
export function findLinks(text: string): string[] {
  return [...new Set(text.match(urlPattern) ?? [])];
}

/** Replaces each link in the text by what `replace` maps it to. */
export function replaceLinks(text: string, replace: (link: string) => string): string {
  return text.replace(urlPattern, (link) => replace(link));
}
