const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The plain text of a status's HTML content: paragraphs and line breaks kept, tags dropped. */
export function textOfHtml(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  ).trim();
}

/**
 * Text reduced to what survives Mastodon's rendering, to compare what we sent with what it shows:
 * whitespace collapsed, Unicode composed, and remote mentions shown as "@user" (the instance drops
 * the "@domain" part from the rendered content).
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(^|[^\p{L}\p{N}_])@([\p{L}\p{N}_.]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '$1@$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A post's text with its link appended, unless the text already carries it. */
export function withLink(text: string, link: string | undefined): string {
  if (!link || text.includes(link)) return text;
  return text ? `${text}\n\n${link}` : link;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
