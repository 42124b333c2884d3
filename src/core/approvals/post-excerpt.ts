const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A post's text on one line, cut at a grapheme boundary, for notifications and email subjects. */
export function postExcerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const graphemes = [...segmenter.segment(line)];
  return graphemes.length <= max ? line : `${graphemes.slice(0, max - 1).map((g) => g.segment).join('').trimEnd()}…`;
}
