import type { XTweet } from './types.ts';

/**
 * The text a person wrote, from a post as X returns it: t.co links expanded back to the URLs they
 * stand for, the link X appends for attached media removed, and X's HTML escapes undone.
 */
export function writtenText(tweet: Pick<XTweet, 'text' | 'entities'>): string {
  let text = tweet.text;
  const urls = [...(tweet.entities?.urls ?? [])].sort((a, b) => b.start - a.start);
  for (const entity of urls) {
    const isMedia = Boolean(entity.media_key) || /^pic\.(x|twitter)\.com\//.test(entity.display_url ?? '');
    text = text.split(entity.url).join(isMedia ? '' : (entity.expanded_url ?? entity.url));
  }
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

/** Text reduced to compare what we sent with what X shows. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function withLink(text: string, link: string | undefined): string {
  if (!link || text.includes(link)) return text;
  return text ? `${text}\n\n${link}` : link;
}
