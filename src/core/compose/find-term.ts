/**
 * Finding a workspace's terms (banned words, a required "#ad") in a post, the way a reader would:
 * regardless of case, width (full-width letters), accents on Latin and Greek letters (capitals in
 * Greek drop them), and final sigma. Thai marks are letters, not accents, and are kept.
 */
const ACCENTS = /[\u0300-\u036f]/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
/** Scripts written without spaces between words, where a term can only be found inside the text. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function foldForMatching(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(ACCENTS, '').normalize('NFC').replaceAll('ς', 'σ');
}

/**
 * A test of whether the text holds a term: as a whole word where words are spaced ("ad" is not in
 * "advert", "#ad" is not in "#adventure"), anywhere in Thai, Chinese and the like.
 */
export function termFinder(text: string): (term: string) => boolean {
  const haystack = foldForMatching(text);
  return (term) => {
    const needle = foldForMatching(term).trim();
    if (needle === '') return false;
    if (UNSPACED.test(needle)) return haystack.includes(needle);
    const wordStart = WORD_CHAR.test(firstChar(needle));
    const wordEnd = WORD_CHAR.test(lastChar(needle));
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const before = lastChar(haystack.slice(Math.max(0, at - 2), at));
      const after = firstChar(haystack.slice(at + needle.length, at + needle.length + 2));
      if ((!wordStart || !WORD_CHAR.test(before)) && (!wordEnd || !WORD_CHAR.test(after))) return true;
    }
    return false;
  };
}

function firstChar(s: string): string {
  return String.fromCodePoint(s.codePointAt(0) ?? 0x20);
}

function lastChar(s: string): string {
  return Array.from(s).pop() ?? ' ';
}
