/**
 * LinkedIn's "little" text format for post commentary (learn.microsoft.com/linkedin, "little Text
 * Format"): these characters are markup and must be escaped with a backslash to stay text, or
 * LinkedIn silently cuts the post at the first one. A hashtag written as "#word" stays markup, so
 * it shows as a hashtag.
 */
const RESERVED = new Set(['\\', '|', '{', '}', '@', '[', ']', '(', ')', '<', '>', '#', '*', '_', '~']);
const WORD = /[\p{L}\p{N}_]/u;

export function littleText(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((c, i) => {
      if (!RESERVED.has(c)) return c;
      const startsHashtag = c === '#' && (i === 0 || /\s/u.test(chars[i - 1] ?? '')) && WORD.test(chars[i + 1] ?? '');
      return startsHashtag ? c : `\\${c}`;
    })
    .join('');
}

/** The plain text of a commentary: escapes undone, templates and mentions shown as people see them. */
export function plainOfLittle(commentary: string): string {
  return commentary
    .replace(/\{hashtag\|\\?[#＃]\|([^}]*)\}/g, '#$1')
    .replace(/@\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\(.)/gu, '$1');
}
